import { ADDRESSEE_IDS, type AddresseeId } from '@mandate-tracker/shared';
import { ADDRESSEE_LABELS } from '../workspace/labels.ts';

function isAddresseeId(value: string): value is AddresseeId {
  return (ADDRESSEE_IDS as readonly string[]).includes(value);
}

/** "UNODC Executive Director, Secretary-General"; the API sends addressees as plain strings. */
export function addresseeNames(addressees: readonly string[]): string {
  if (addressees.length === 0) return 'no addressee found';
  return addressees.map((id) => (isAddresseeId(id) ? ADDRESSEE_LABELS[id] : id)).join(', ');
}
