import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Status } from "@/lib/tracker/status";

const tones: Record<Status, BadgeTone> = {
  planned: "neutral",
  submitted: "progress",
  confirmed: "good",
  completed: "done",
  rejected: "bad",
  withdrawn: "muted",
};

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return <Badge tone={tones[status]}>{label}</Badge>;
}
