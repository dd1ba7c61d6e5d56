import net, { type Socket } from "node:net";

type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * Opens the TCP connection of a pooled SMTP connection with Nagle's algorithm off, for
 * nodemailer's `getSocket` hook. Nodemailer leaves it on, so the last small write of every message
 * (the end-of-data dot) waited for the server's delayed acknowledgement: 40 ms per message on
 * Linux, 46–49 ms per message to a local server against 4–6 ms without it (`npm run bench`).
 * Nodemailer takes the connected socket as is and does the rest itself: the greeting and its
 * timeout, STARTTLS, and for implicit TLS (smtps://) the TLS handshake on this socket, with its
 * own timeout of the same length. The connection itself is made here, by Node's resolver (every
 * address of the host in turn, IPv6 and IPv4) instead of nodemailer's; it fails with the socket's
 * error (ECONNREFUSED, ENOTFOUND…) or ETIMEDOUT after `timeoutMs`.
 */
export function openSmtpSocket(
  target: { host: string; port: number; localAddress?: string; timeoutMs: number },
  callback: SocketCallback,
): void {
  const socket = net.connect({
    host: target.host,
    port: target.port,
    localAddress: target.localAddress,
    noDelay: true,
    // Node tries each address of the host for 250 ms by default before the next; a mail server
    // over a slow link gets longer, as nodemailer gave it.
    autoSelectFamilyAttemptTimeout: 2000,
  });
  let settled = false;
  const onTimeout = () =>
    settle(
      Object.assign(
        new Error(
          `SMTP connection to ${target.host}:${target.port} timed out after ${target.timeoutMs} ms`,
        ),
        { code: "ETIMEDOUT" },
      ),
    );
  // Ours are removed when the socket is handed over: from then on errors and timeouts are
  // nodemailer's, which attaches its own listeners in the same tick.
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    socket.setTimeout(0);
    socket.removeListener("timeout", onTimeout);
    socket.removeListener("error", settle);
    if (error) {
      socket.destroy();
      callback(error);
    } else {
      callback(null, { connection: socket });
    }
  };
  socket.once("error", settle);
  socket.setTimeout(target.timeoutMs);
  socket.once("timeout", onTimeout);
  socket.once("connect", () => {
    socket.setKeepAlive(true); // as nodemailer does on the sockets it connects itself
    settle(null);
  });
}

/** Where nodemailer would connect for these options (its own defaults for a missing host or port). */
export function smtpTarget(options: { host?: string; port?: number | string; secure?: boolean }): {
  host: string;
  port: number;
} {
  return {
    host: options.host || "localhost",
    port: Number(options.port) || (options.secure ? 465 : 587),
  };
}
