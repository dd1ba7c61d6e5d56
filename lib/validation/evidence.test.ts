import { describe, expect, it } from "vitest";
import { evidenceUploadSchema } from "./evidence";
import { fieldErrors } from "./fields";

const schema = evidenceUploadSchema({ today: "2026-11-25" });
const caseId = "0b7c4a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21";
const file = (name: string, bytes = "x") => new File([bytes], name, { type: "image/png" });

describe("evidenceUploadSchema", () => {
  it("reads the rows that have a file, with their caption and date", () => {
    const parsed = schema.parse({
      caseId,
      "file-0": file("a.png"),
      "caption-0": "  Chat  ",
      "shownOn-0": "2026-11-20",
      "file-1": new File([], "undefined"), // an empty input, as the action's parser hands it over
      "file-2": file("c.pdf"),
    });
    expect(parsed.files.map((f) => [f.field, f.file.name, f.caption, f.shownOn])).toEqual([
      ["file-0", "a.png", "Chat", "2026-11-20"],
      ["file-2", "c.pdf", undefined, undefined],
    ]);
  });

  it("asks for a file when none is chosen, or a caption or date stands alone", () => {
    const none = schema.safeParse({ caseId, "file-0": new File([], "") });
    expect(fieldErrors(none.error!)).toEqual({ "file-0": ["chooseFile"] });
    const alone = schema.safeParse({ caseId, "file-0": file("a.png"), "caption-1": "orphan" });
    expect(fieldErrors(alone.error!)).toEqual({ "file-1": ["chooseFile"] });
  });

  it("refuses a future date, a text where a file belongs, and an over-long caption", () => {
    const result = schema.safeParse({
      caseId,
      "file-0": "not a file",
      "file-1": file("b.png"),
      "shownOn-1": "2026-11-26",
      "caption-1": "x".repeat(301),
    });
    expect(fieldErrors(result.error!)).toEqual({
      "file-0": ["invalid"],
      "shownOn-1": ["futureDate"],
      "caption-1": ["tooLong"],
    });
  });

  it("keeps a real empty file (it has a name) for the byte check to refuse", () => {
    const parsed = schema.parse({ caseId, "file-0": new File([], "empty.png") });
    expect(parsed.files).toHaveLength(1);
  });
});
