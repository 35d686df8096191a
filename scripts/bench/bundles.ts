// Each bundle the extension ships, raw and gzipped: the content scripts are what Google's pages load.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  rawKB: number;
  gzipKB: number;
}

export async function measureBundles(dir: string): Promise<BundleSize[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name));
  const sizes = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      return { file: relative(dir, file), rawKB: bytes.length / 1024, gzipKB: gzipSync(bytes).length / 1024 };
    }),
  );
  return sizes.sort((a, b) => a.file.localeCompare(b.file));
}
