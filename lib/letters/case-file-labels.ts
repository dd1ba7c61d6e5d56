/**
 * The case file's labels in Norwegian (bokmål), shown first with the reader's language beside
 * them: the file is attached to a complaint that Norwegian staff at the operator or at
 * Brukerklagenemnda read.
 */
export const caseFileLabelsNb = {
  provider: "Tilbyder",
  phoneNumber: "Mobilnummer",
  customerNumber: "Kundenummer",
  subscriptionType: "Abonnementstype",
  channel: "Oppsigelsen sendt via",
  status: "Status",
  submittedOn: "Oppsigelsen sendt",
  confirmationReference: "Referanse for bekreftelsen",
  confirmedOn: "Bekreftet av tilbyder",
  endsOn: "Sluttdato",
  requestedEndOn: "Ønsket sluttdato i oppsigelsen",
  notes: "Notater",
  dates: "Datoer i saken",
  timeline: "Logg",
  letters: "Brev",
  evidence: "Vedlegg",
  replies: "Svar fra tilbyder",
} as const;

export type CaseFileLabel = keyof typeof caseFileLabelsNb;
