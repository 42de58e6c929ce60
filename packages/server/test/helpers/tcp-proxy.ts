import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** A TCP proxy in front of a database server that a test can cut and restore. */
export interface TcpProxy {
  /** The port the proxy listens on (kept across cut and restore). */
  readonly port: number;
  /** Destroys every open connection in both directions and stops listening: connects are refused. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 forwarding every connection to `target`, standing for the
 * network between the app and PostgreSQL: `cut()` is the database going away (open
 * connections die, new ones are refused), `restore()` its return.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A cut connection errors on both sides; that is the point, not a failure of the test.
    socket.on('error', () => socket.destroy());
  };

  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const listening = createServer((client) => {
        const upstream = createConnection(target);
        track(client);
        track(upstream);
        client.pipe(upstream);
        upstream.pipe(client);
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => resolve(listening));
    });

  const stop = async () => {
    const closing = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (closing !== null) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  server = await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    cut: stop,
    restore: async () => {
      if (server === null) server = await listen(port);
    },
    close: stop,
  };
}
