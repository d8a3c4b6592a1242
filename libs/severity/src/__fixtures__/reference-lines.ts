/** Reads the `<vector> - <scores>` lines of Red Hat's test data: `(9.2,)`, `0.0` or `(9.6, 9.6, 9.7)`. */
export const referenceLines = (text: string): readonly (readonly [vector: string, scores: readonly number[]])[] =>
  text
    .trim()
    .split('\n')
    .map((line) => {
      const [vector, scores] = line.split(' - ');
      const numbers = scores
        .replace(/[()]/g, '')
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(Number);
      return [vector, numbers] as const;
    });
