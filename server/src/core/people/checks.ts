/** NHS numbers end in a modulus-11 check digit: ten digits that fail it are some other number. */
export function isNhsNumber(found: string): boolean {
  const digits = found.replace(/\D/g, '');
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** UK numbers have ten digits after the 0 or +44 (a few old ones nine); anything else is a different figure. */
export function isUkPhone(found: string): boolean {
  const digits = found.replace(/\D/g, '');
  const national = digits.startsWith('44') && found.startsWith('+') ? digits.slice(2).replace(/^0/, '') : digits.slice(1);
  return national.length === 10 || national.length === 9;
}
