import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function` when it may; extension pages forbid eval (MV3's
 * CSP), so the probe would only fail, and Firefox logs the refusal. Called first by the pages
 * that parse (background, options).
 */
export function configureZod(): void {
  z.config({ jitless: true });
}
