import sharp from "sharp";

// Real files for the evidence tests, made on the spot: images by sharp, a PDF and an e-mail as
// their formats define them, and the hostile ones (a page renamed .png, an SVG, a HEIC header).

/** A PNG of `width`×`height` of one colour (distinct colours give distinct files). */
export async function png(width = 40, height = 30, red = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: red, g: 80, b: 40 } } })
    .png()
    .toBuffer();
}

/** A JPEG carrying EXIF data (camera, and a GPS position a phone would write). */
export async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 24, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Secret Model" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 0/1" },
    })
    .toBuffer();
}

/** A minimal PDF; `tag` makes its bytes (and so its digest) distinct. */
export const pdfTagged = (tag: string) =>
  Buffer.from(
    `%PDF-1.4\n%${tag}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
export const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export const eml = Buffer.from(
  [
    "From: Kundeservice <kundeservice@operator.example>",
    "To: kunde@example.com",
    "Subject: =?UTF-8?Q?Bekreftelse_p=C3=A5_oppsigelse?=",
    "Date: Tue, 10 Nov 2026 09:12:00 +0100",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Vi bekrefter at abonnementet er sagt opp. Referanse: ABC-123.",
    "",
  ].join("\r\n"),
);

export const htmlAsPng = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");
export const svgAsPng = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
);
/** The start of an iPhone photo: an ISO-BMFF `ftyp` box of brand `heic`. */
export const heicHeader = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from("ftypheic"),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from("mif1heic"),
  Buffer.alloc(64),
]);
