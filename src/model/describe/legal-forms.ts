/**
 * The legal forms' names and their legal consequences in plain words (issue 17), for the
 * Rechtsvorm screen and the report.
 */
import type { LegalFormId } from '../../engine';
import { defineMessages } from '../../i18n/i18n';

export const legalFormMessages = defineMessages({
  nl: {
    formOpenbaarLichaam: 'Openbaar lichaam',
    formBedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie',
    formCentrumgemeente: 'Centrumgemeente',
    formUitbesteding: 'Uitbesteding',
    formNetwerk: 'Netwerk',
    legalOpenbaarLichaam:
      'Een gemeenschappelijke regeling met een eigen rechtspersoon (Wgr art. 8 lid 1), met een algemeen en een dagelijks bestuur. Het openbaar lichaam is werkgever; het personeel gaat over. Geen aanbesteding nodig: samenwerking tussen overheden valt onder de uitzonderingen van de Aanbestedingswet. Het heeft een eigen begroting en jaarrekening waarop de raden een zienswijze geven. Uittreden kan volgens de regeling, meestal met een opzegtermijn en een uittredingsvergoeding.',
    legalBedrijfsvoeringsorganisatie:
      'Een lichtere gemeenschappelijke regeling voor bedrijfsvoering (Wgr art. 8 lid 3, sinds 2015) met één bestuur van collegeleden. De organisatie is werkgever; het personeel gaat over. Geen aanbesteding nodig. Eigen begroting en jaarrekening, met zienswijzen van de raden. Uittreden volgens de regeling, meestal met een vergoeding.',
    legalCentrumgemeente:
      'Eén gemeente voert de taken uit voor de andere (Wgr art. 8 lid 4) op basis van een dienstverleningsovereenkomst. De centrumgemeente is werkgever en draagt het personeelsrisico; er komt geen nieuwe organisatie. Geen aanbesteding nodig bij samenwerking tussen overheden. Uittreden volgens de overeenkomst: opzegtermijn en vergoeding van de schade van de centrumgemeente.',
    legalUitbesteding:
      'Een leverancier voert het werk uit onder een contract. De leverancier is werkgever; personeel gaat over volgens het contract. Een Europese aanbesteding is nodig, met kosten en doorlooptijd. De gemeenten houden een regieorganisatie. Uittreden volgens het contract: looptijd, opzegtermijn en eventuele exit-fee.',
    legalNetwerk:
      'Geen organisatie: de gemeenten werken samen op afspraak (zoals de Friese gemeenten rond Heerenveen). Iedere gemeente blijft werkgever en koopt zelf in. Geen bestuur, geen eigen begroting en geen aanbesteding voor de samenwerking zelf. Uittreden is eenvoudig: de afspraak opzeggen; de schaal en de gedeelde kennis vallen dan weg.',
  },
  en: {
    formOpenbaarLichaam: 'Public body',
    formBedrijfsvoeringsorganisatie: 'Operating organisation',
    formCentrumgemeente: 'Host municipality',
    formUitbesteding: 'Outsourcing',
    formNetwerk: 'Network',
    legalOpenbaarLichaam:
      'A joint arrangement with its own legal personality (Wgr art. 8(1)), with a general and an executive board. The public body is the employer; the staff transfer. No tender needed: cooperation between public bodies is exempt under the Procurement Act. It has its own budget and accounts, on which the councils give their views. Leaving follows the arrangement, usually with a notice period and an exit payment.',
    legalBedrijfsvoeringsorganisatie:
      'A lighter joint arrangement for support services (Wgr art. 8(3), since 2015) with a single board of aldermen. The organisation is the employer; the staff transfer. No tender needed. Its own budget and accounts, with the councils’ views. Leaving follows the arrangement, usually with a payment.',
    legalCentrumgemeente:
      'One municipality does the work for the others (Wgr art. 8(4)) under a service agreement. The host is the employer and bears the staff risk; no new organisation is formed. No tender needed for cooperation between public bodies. Leaving follows the agreement: notice period and compensation of the host’s damage.',
    legalUitbesteding:
      'A supplier does the work under a contract. The supplier is the employer; staff transfer as the contract says. A European tender is required, with its cost and lead time. The municipalities keep a retained organisation. Leaving follows the contract: term, notice and any exit fee.',
    legalNetwerk:
      'No organisation: the municipalities cooperate by agreement (like the Frisian municipalities around Heerenveen). Each remains the employer and buys for itself. No board, no budget of its own and no tender for the cooperation itself. Leaving is simple: end the agreement; the scale and the shared knowledge are then lost.',
  },
});

const PASCAL = {
  openbaarLichaam: 'OpenbaarLichaam',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie',
  centrumgemeente: 'Centrumgemeente',
  uitbesteding: 'Uitbesteding',
  netwerk: 'Netwerk',
} as const satisfies Record<LegalFormId, string>;

/** The message key of a form's name. */
export const legalFormNameKey = (f: LegalFormId) => `form${PASCAL[f]}` as const;
/** The message key of a form's legal consequences. */
export const legalFormConsequenceKey = (f: LegalFormId) => `legal${PASCAL[f]}` as const;
