import { describe, expect, it } from "vitest";
import { contentDisposition, evidenceFileName } from "./file-name";

describe("evidenceFileName", () => {
  it.each([
    ["chat.png", "image/png", "chat.png"],
    ["chat.jpg", "image/png", "chat.jpg.png"],
    ["IMG_0001.JPEG", "image/jpeg", "IMG_0001.jpg"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    ["C:\\Users\\kari\\Faktura november.pdf", "application/pdf", "Faktura november.pdf"],
    ["bad\u0000na\u202eme\r\n.eml", "message/rfc822", "badname.eml"],
    ["...", "image/png", "file.png"],
    ["", "application/pdf", "file.pdf"],
    ["确认邮件.eml", "message/rfc822", "确认邮件.eml"],
    ['a<b>:c|d?e*"f".pdf', "application/pdf", "a_b__c_d_e__f_.pdf"],
  ] as const)("%j as %s → %j", (sent, type, kept) => {
    expect(evidenceFileName(sent, type)).toBe(kept);
  });

  it("shortens a long name and keeps the extension", () => {
    const name = evidenceFileName(`${"å".repeat(500)}.pdf`, "application/pdf");
    expect([...name]).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name, with nothing that breaks the header", () => {
    expect(contentDisposition("attachment", `a "q"\\确认'(1).pdf`)).toBe(
      `attachment; filename="a _q____'(1).pdf"; filename*=UTF-8''a%20%22q%22%5C%E7%A1%AE%E8%AE%A4%27%281%29.pdf`,
    );
  });
});
