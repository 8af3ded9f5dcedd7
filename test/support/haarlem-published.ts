/**
 * The Haarlem–Haarlemmermeer report's published yearly cost per municipality (M&I/Partners,
 * January 2013, §6.2, tables "ICT-kosten per scenario", × €1,000, rounded to €50,000), as quoted
 * in ../shared/domain/haarlem-haarlemmermeer.md, "Published results". Typed in from the report:
 * the example's tests compare the engine and the results screen with these.
 */
export type Municipality = 'haarlem' | 'haarlemmermeer';
export type PublishedRow = (number | null)[];

export const PUBLISHED_YEARS = [2013, 2014, 2015, 2016, 2017];

/** 2013–2017 (2018 was extrapolated by the report and is not pinned). `null`: 3.0 equals 2.0. */
export const PUBLISHED: Record<Municipality, Record<'baseline' | 's2' | 's3', PublishedRow>> = {
  haarlem: {
    baseline: [10_800, 11_100, 11_450, 11_750, 11_700],
    s2: [11_450, 12_350, 11_200, 11_500, 11_550],
    s3: [null, null, 11_200, 11_900, 10_950],
  },
  haarlemmermeer: {
    baseline: [10_500, 10_800, 11_000, 11_250, 11_300],
    s2: [10_950, 11_800, 10_700, 11_000, 11_050],
    s3: [null, null, 10_700, 11_350, 10_450],
  },
};

/** The report rounds its figures to €50,000 (§6.2). */
export const ROUNDING = 50_000;

/**
 * Cells that cannot round to the published figure, with the reason (docs/examples/
 * haarlem-haarlemmermeer.md, "Known differences"). Haarlemmermeer 2.0 in 2013: in 2013 2.0 differs
 * from the baseline only by the centre's project costs and the 1.0 programme (€1,260,000, both
 * stated in the report), whose share by inhabitants (≈ €607,000) exceeds the €500,000 that the two
 * published cells allow at most (10,975 − 10,475); the baseline cell is kept on the report's figure.
 */
export const NOT_ROUNDING = ['haarlemmermeer s2 2013'];

/** Every published cell: party, scenario id, year and the figure (× €1,000). */
export function publishedCells(): {
  party: Municipality;
  id: 'baseline' | 's2' | 's3';
  year: number;
  published: number;
}[] {
  return (Object.keys(PUBLISHED) as Municipality[]).flatMap((party) =>
    (['baseline', 's2', 's3'] as const).flatMap((id) =>
      PUBLISHED[party][id].flatMap((published, i) =>
        published === null ? [] : [{ party, id, year: PUBLISHED_YEARS[i] as number, published }],
      ),
    ),
  );
}
