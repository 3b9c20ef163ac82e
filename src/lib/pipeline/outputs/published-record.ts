// The public record as every record output writes it: ordered by election, date and id, with the official
// names of the regions it names.
import type { AreaIndex } from '../../geo/area-index.ts';
import type { ElectionInfo } from '../../model.ts';
import { provinceNames } from '../../record/province-names.ts';
import type { RecordFigure } from '../../record/record-figure.ts';
import type { Published } from './output-stage.ts';

export async function publishedRecord(figures: readonly RecordFigure[], elections: readonly ElectionInfo[], areas: AreaIndex): Promise<Published['record']> {
  if (figures.length === 0) return undefined;
  const provinces = await provinceNames();
  const regionNames = Object.fromEntries([...new Set(figures.map((f) => f.region).filter((r) => r !== ''))].sort().map((code) => [code, areas.regencies.get(code)?.name ?? provinces.get(code) ?? code]));
  const electionOrder = new Map(elections.map((e, i) => [e.id, i]));
  const sorted = [...figures].sort((a, b) => (electionOrder.get(a.election) ?? 0) - (electionOrder.get(b.election) ?? 0) || a.stated_date.localeCompare(b.stated_date) || a.id.localeCompare(b.id));
  return { figures: sorted, regionNames };
}
