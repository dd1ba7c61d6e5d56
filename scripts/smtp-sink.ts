// The e2e tests' mail server: a real SMTP server on 127.0.0.1:$SMTP_SINK_PORT (default 2525)
// that stores every message as an .eml file in $SMTP_SINK_DIR for the specs to read.
import { startSmtpSink } from "@/test/smtp-sink";

const port = Number(process.env.SMTP_SINK_PORT ?? 2525);
const dir = process.env.SMTP_SINK_DIR ?? "tmp/e2e/mail";
const sink = await startSmtpSink({ port, dir });
console.log(`SMTP sink listening on 127.0.0.1:${sink.port}, writing to ${dir}`);
