/** Print an 18-digit NIP in its four groups, "19860926 201505 1 001"; anything else unchanged. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\D/g, '');
  if (digits.length !== 18) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
