/** What the bundled dataset covers, so a reader knows where silence means "not yet recorded". */
export interface Coverage {
  /** The first date the records reach. */
  start: string;
  /** The day the sources were last read: nothing after it is in the data. */
  end: string;
  /** In a sentence, for credits and documentation. */
  note: string;
}

/** The bundled dataset's coverage. */
export const coverage: Coverage = {
  start: '1917-11',
  end: '2026-12-04',
  note: 'Rulers from November 1917 (Soviet Russia) and October 1918 (Damascus); visits, arms and events from 1944; up to 4 December 2026, the day the sources were last read.',
};
