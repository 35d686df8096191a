/**
 * Calendar's `data-datekey` packs a day as ((year - 1970) << 9) | (month << 5) | day, month
 * 1-based (undocumented; checked on two real pages: 28975 is 2026-09-15).
 */
export function decodeDatekey(datekey: number): Date | undefined {
  if (!Number.isInteger(datekey) || datekey <= 0) return undefined;
  const year = 1970 + (datekey >> 9);
  const month = (datekey >> 5) & 0b1111;
  const day = datekey & 0b11111;
  const date = new Date(year, month - 1, day);
  // Refuses impossible days (month 13, February 30) instead of rolling them over.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

export function encodeDatekey(date: Date): number {
  return ((date.getFullYear() - 1970) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
}
