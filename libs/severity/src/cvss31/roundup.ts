/**
 * CVSS v3.1 Roundup (specification Appendix A): the smallest number with one decimal that is equal to
 * or higher than the input. Working on an integer of five decimals first keeps floating-point noise
 * such as 4.000000000000001 from rounding up to 4.1.
 */
export const roundup = (input: number): number => {
  const intInput = Math.round(input * 100000);
  if (intInput % 10000 === 0) {
    return intInput / 100000;
  }
  return (Math.floor(intInput / 10000) + 1) / 10;
};
