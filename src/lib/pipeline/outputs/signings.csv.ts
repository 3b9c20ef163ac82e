// publish/signings.csv: the columns of signings.csv, the city and kecamatan each as code and official name.
import type { SigningInfo } from '../../model.ts';
import { signingsSchema } from '../../schema/index.ts';
import { publishedColumns } from '../../schema/published-columns.ts';
import { csvFile, type OutputColumn } from '../csv-write.ts';
import { areaNames, type AreaNames } from './area-names.ts';
import type { OutputStage } from './output-stage.ts';

export function signingsCsvColumns(names: AreaNames): readonly OutputColumn<SigningInfo>[] {
  return publishedColumns<SigningInfo>()(signingsSchema, {
    city: [
      { name: 'city_code', cell: (x) => x.cityCode },
      { name: 'city', cell: (x) => names.city(x.cityCode) },
    ],
    kecamatan: [
      { name: 'kecamatan_code', cell: (x) => x.kecamatan },
      { name: 'kecamatan', cell: (x) => (x.kecamatan ? names.kecamatan(x.kecamatan) : '') },
    ],
  });
}

export const signingsCsv: OutputStage = async (io, { site, areas }) => {
  await io.writeFile('publish/signings.csv', csvFile(signingsCsvColumns(areaNames(areas)), site.signings));
  return undefined;
};
