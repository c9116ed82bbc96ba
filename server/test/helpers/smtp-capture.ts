import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// A small SMTP server on loopback for tests: it speaks just enough of RFC 5321 (EHLO/HELO, MAIL,
// RCPT, DATA, RSET, NOOP, QUIT), offers no STARTTLS or AUTH, and keeps each message as received.
// It is the far end of a real SMTP conversation, so what nodemailer sends is what is checked.

export interface CapturedMail {
  from: string;
  to: string[];
  /** The message as sent: headers, a blank line, the body (dot-stuffing undone). */
  data: string;
}

/** The headers and the body as a person reads it: a quoted-printable body decoded. */
export function readMail(mail: CapturedMail): { headers: string; text: string } {
  const split = mail.data.indexOf('\n\n');
  const headers = mail.data.slice(0, split);
  const body = mail.data.slice(split + 2);
  if (!/^Content-Transfer-Encoding: quoted-printable$/im.test(headers)) return { headers, text: body };
  const bytes = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return { headers, text: decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25')) };
}

export interface SmtpCapture {
  url: string;
  mails: CapturedMail[];
  /** Answer the next MAIL FROM with a refusal, as a server that will not take it. */
  refuseNext(): void;
  close(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const sockets = new Set<Socket>();
  let refuse = false;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current: CapturedMail = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 localhost test SMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 OK: queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') reply('250 localhost');
        else if (verb === 'MAIL') {
          if (refuse) {
            refuse = false;
            reply('550 Not today');
          } else {
            current = { from: line.replace(/^MAIL FROM:\s*<?([^>\s]*)>?.*$/i, '$1'), to: [], data: '' };
            reply('250 OK');
          }
        } else if (verb === 'RCPT') {
          current.to.push(line.replace(/^RCPT TO:\s*<?([^>\s]*)>?.*$/i, '$1'));
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 OK');
        else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refuseNext: () => (refuse = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
