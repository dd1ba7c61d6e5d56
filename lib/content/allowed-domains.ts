/**
 * Where the content may link: operators' own sites and public bodies, plus two news sites the
 * fact brief accepts. Anything else needs review first: add it to `reviewedLinks` with a reason.
 */
export const allowedDomains = [
  // Public bodies and official services
  "nkom.no",
  "forbrukerradet.no",
  "forbrukertilsynet.no",
  "brukerklagenemnda.no",
  "lovdata.no",
  "regjeringen.no",
  "bankid.no",
  "vipps.no",
  "skatteetaten.no",
  "norge.no",
  "nav.no",
  "udi.no",
  // The courts (probate: what the skifteattest is for)
  "domstol.no",
  // Banks (their own help pages on BankID)
  "dnb.no",
  // Reputable news
  "nrk.no",
  "tek.no",
  // Operators and brands
  "telenor.no",
  "talkmore.no",
  "telia.no",
  "ice.no",
  "nicemobil.no",
  "onecall.no",
  "mycall.no",
  "chilimobil.no",
  "lyca-mobile.no",
  "plussmobil.no",
  "norgesenergi.no",
  "release.no",
  "nortel.no",
] as const;

export const reviewedLinks: { url: string; reason: string }[] = [
  {
    url: "https://www.digi.no/artikler/telia-kunder-far-dobbel-regning/561929",
    reason:
      "Norwegian tech news (Teknisk Ukeblad Media); the only public report of Telia's move to billing in advance (2025), cited as a report beside 'confirm with Telia'.",
  },
];

export function isAllowedLink(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return (
    allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    reviewedLinks.some((r) => r.url === url)
  );
}
