import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  eml,
  heicHeader,
  htmlAsPng,
  jpegWithExif,
  pdf,
  png,
  svgAsPng,
} from "@/test/evidence-files";
import { looksLikeEmail } from "./detect";
import { evidenceLimits } from "./limits";
import { prepareEvidence } from "./prepare";

describe("prepareEvidence: the type comes from the bytes, images are re-encoded", () => {
  it("keeps a PNG as a PNG made anew, and a JPEG as a JPEG without its EXIF (GPS, camera)", async () => {
    const shot = await prepareEvidence(await png());
    expect(shot).toMatchObject({ ok: true, mediaType: "image/png" });
    const photo = await prepareEvidence(await jpegWithExif());
    expect(photo).toMatchObject({ ok: true, mediaType: "image/jpeg" });
    const before = await sharp(await jpegWithExif()).metadata();
    expect(before.exif).toBeDefined(); // the fixture really carries it
    const after = await sharp(Buffer.from((photo as { bytes: Uint8Array }).bytes)).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.format).toBe("jpeg");
  });

  it("turns a WebP screenshot into a PNG", async () => {
    const webp = await sharp({
      create: { width: 10, height: 10, channels: 3, background: "#fff" },
    })
      .webp()
      .toBuffer();
    expect(await prepareEvidence(webp)).toMatchObject({ ok: true, mediaType: "image/png" });
  });

  it("keeps a PDF and an e-mail byte for byte", async () => {
    expect(await prepareEvidence(pdf)).toEqual({
      ok: true,
      bytes: pdf,
      mediaType: "application/pdf",
    });
    expect(await prepareEvidence(eml)).toEqual({
      ok: true,
      bytes: eml,
      mediaType: "message/rfc822",
    });
  });

  it.each([
    ["an HTML page renamed .png", htmlAsPng, "typeNotAllowed"],
    ["an SVG (scripts inside)", svgAsPng, "typeNotAllowed"],
    ["a zip", Buffer.from("504b030414000000080000000000", "hex"), "typeNotAllowed"],
    ["an empty file", Buffer.alloc(0), "emptyFile"],
    ["a HEIC photo", heicHeader, "heicNotSupported"],
    [
      "a truncated PNG",
      Buffer.from("89504e470d0a1a0a0000000d49484452000000", "hex"),
      "unreadableFile",
    ],
  ])("refuses %s", async (_name, bytes, problem) => {
    expect(await prepareEvidence(bytes)).toEqual({ ok: false, problem });
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = Buffer.alloc(evidenceLimits.fileBytes + 1, 0x25);
    expect(await prepareEvidence(big)).toEqual({ ok: false, problem: "fileTooLarge" });
  });

  it("refuses a tiny file that claims a huge picture, before decoding it (a decompression bomb)", async () => {
    // A valid PNG header of 20,000 × 20,000 pixels (400 MP) with a few bytes of compressed zeros.
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(20_000, 0);
    header.writeUInt32BE(20_000, 4);
    header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
    const bomb = Buffer.concat([
      Buffer.from("89504e470d0a1a0a", "hex"),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(Buffer.alloc(100_000))),
      chunk("IEND", Buffer.alloc(0)),
    ]);
    expect(bomb.byteLength).toBeLessThan(2_000);
    expect(await prepareEvidence(bomb)).toEqual({ ok: false, problem: "imageTooLarge" });
  });
});

describe("looksLikeEmail", () => {
  it("accepts a saved e-mail and refuses text that is not one", () => {
    expect(looksLikeEmail(eml)).toBe(true);
    expect(looksLikeEmail(Buffer.from("From: a@b.example\nSubject: hi\n\nbody"))).toBe(true);
    expect(looksLikeEmail(Buffer.from("Subject: no sender\n\nbody"))).toBe(false);
    expect(looksLikeEmail(Buffer.from("From: a@b\n<html>\n\nx"))).toBe(false);
    expect(looksLikeEmail(Buffer.from("just some text\n\nmore"))).toBe(false);
    expect(looksLikeEmail(Buffer.from("From: a@b\nDate: x\0\n\nbody"))).toBe(false);
  });
});

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}
