import { describe, expect, it } from "vitest";
import { formatDateOnly } from "./format-date";

describe("formatDateOnly", () => {
  it("formats in the reader's language", () => {
    expect(formatDateOnly("2026-11-25", "en")).toBe("November 25, 2026");
    expect(formatDateOnly("2026-11-25", "zh-Hans")).toBe("2026年11月25日");
  });

  it("never shifts a date-only value to a neighbouring day, whatever the process time zone", () => {
    const original = process.env.TZ;
    try {
      for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Oslo"]) {
        process.env.TZ = zone;
        expect(formatDateOnly("2026-01-01", "en")).toBe("January 1, 2026");
        expect(formatDateOnly("2024-02-29", "en")).toBe("February 29, 2024");
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
