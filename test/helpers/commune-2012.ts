import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The people of the test commune, as `--person role=name`. */
const PEOPLE = [
  'lanh-dao=Nguyễn Văn An',
  'pho-lanh-dao=Trần Thị Bình',
  'dai-dien-lanh-dao=Trần Thị Bình',
  'thu-ky-iso=Lê Văn Cường',
  'van-phong=Đỗ Thị Giang',
  'mot-cua=Phạm Thị Dung',
  'tu-phap-ho-tich=Hoàng Văn Em',
  'dia-chinh-xay-dung=Vũ Văn Hải',
  'van-hoa-xa-hoi=Bùi Thị Lan',
  'tai-chinh-ke-toan=Đặng Văn Khoa',
];

/**
 * The arguments of `qms init` for the commune the model-update tests start from: xã Đại Mỗ at model
 * 1.0.0, documents effective 2012-06-01, three TTHC groups — the way a commune did it in 2012.
 */
export function communeInitArgs(dir: string): string[] {
  return [
    'init',
    dir,
    '--yes',
    '--type',
    'xa',
    '--name',
    'UBND xã Đại Mỗ',
    '--parent',
    'UBND huyện Từ Liêm',
    ...PEOPLE.flatMap((p) => ['--person', p]),
    '--model-version',
    '1.0.0',
    '--effective-date',
    '2012-06-01',
    '--groups',
    'ho-tich,chung-thuc,dat-dai',
  ];
}

/** Every file under a folder with its text, to prove that nothing changed (or what did). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}
