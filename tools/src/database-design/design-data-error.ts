/** A data file or one of its rows that cannot become an item; the message names the file, row and attribute. */
export class DesignDataError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly attribute?: string;

  constructor(problem: { readonly file: string; readonly row?: number; readonly rowId?: string; readonly attribute?: string; readonly message: string }) {
    const where = [
      problem.file,
      ...(problem.row !== undefined ? [`row ${problem.row}${problem.rowId ? ` (${problem.rowId})` : ''}`] : []),
      ...(problem.attribute ? [`attribute ${problem.attribute}`] : []),
    ].join(', ');
    super(`${where}: ${problem.message}`);
    this.name = 'DesignDataError';
    this.file = problem.file;
    if (problem.row !== undefined) this.row = problem.row;
    if (problem.attribute !== undefined) this.attribute = problem.attribute;
  }
}
