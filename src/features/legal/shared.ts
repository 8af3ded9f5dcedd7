/** Small helpers of the legal-form screen: form names and the message keys per form. */
import type { LegalFormId } from '../../engine';

const PASCAL: Record<LegalFormId, string> = {
  openbaarLichaam: 'OpenbaarLichaam',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie',
  centrumgemeente: 'Centrumgemeente',
  uitbesteding: 'Uitbesteding',
  netwerk: 'Netwerk',
};

export const formKey = (f: LegalFormId) =>
  `form${PASCAL[f]}` as `form${'OpenbaarLichaam' | 'Bedrijfsvoeringsorganisatie' | 'Centrumgemeente' | 'Uitbesteding' | 'Netwerk'}`;
export const legalKey = (f: LegalFormId) =>
  `legal${PASCAL[f]}` as `legal${'OpenbaarLichaam' | 'Bedrijfsvoeringsorganisatie' | 'Centrumgemeente' | 'Uitbesteding' | 'Netwerk'}`;
