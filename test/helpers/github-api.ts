import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

/**
 * A loopback stand-in for the GitHub REST API calls the Action makes on a pull request: list issue comments,
 * create one, update one. It records every call. `readOnly` answers writes with 403 as GitHub does for the
 * token of a fork pull request.
 */
export class FakeGithubApi {
  readonly calls: RecordedCall[] = [];
  readonly comments: StoredComment[] = [];
  readOnly = false;
  private server: Server | undefined;
  private nextId = 1000;

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const body = raw ? JSON.parse(raw) : undefined;
    this.calls.push({ method, path: url.pathname, authorization: request.headers.authorization, body });
    const list = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/);
    const one = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/);
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    if (list && method === 'GET') return { status: 200, body: this.comments };
    if (list && method === 'POST') {
      if (this.readOnly) return forbidden;
      const comment = { id: this.nextId++, body: (body as { body: string }).body, html_url: `https://github.com/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${this.nextId}`, user: { login: 'github-actions[bot]', type: 'Bot' } };
      this.comments.push(comment);
      return { status: 201, body: comment };
    }
    if (one && method === 'PATCH') {
      if (this.readOnly) return forbidden;
      const comment = this.comments.find((candidate) => candidate.id === Number(one[3]));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = (body as { body: string }).body;
      return { status: 200, body: comment };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }
}
