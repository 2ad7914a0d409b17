// A minimal STOMP 1.2 client over the browser's WebSocket, for Renkei's /ws endpoint. No dependencies.
// Usage: const c = new StompClient(url); await c.connect(); c.subscribe(dest, msg => ...); c.send(dest, obj);
export class StompClient {
  constructor(url, { headers = {} } = {}) {
    this.url = url;
    this.headers = headers;
    this.subscriptions = new Map();
    this.nextId = 1;
    this.onError = () => {};
    this.onClose = () => {};
  }

  connect() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url);
      this.buffer = '';
      this.ws.onopen = () => this.frame('CONNECT', { 'accept-version': '1.2', 'heart-beat': '0,0', host: location.host, ...this.headers });
      this.ws.onmessage = event => {
        this.buffer += event.data;
        let end;
        while ((end = this.buffer.indexOf('\0')) >= 0) {
          const raw = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 1).replace(/^\n+/, '');
          if (raw.trim() === '') continue;
          const frame = parse(raw);
          if (frame.command === 'CONNECTED') resolve(frame);
          else if (frame.command === 'MESSAGE') this.subscriptions.get(frame.headers.subscription)?.(JSON.parse(frame.body || 'null'), frame);
          else if (frame.command === 'ERROR') { this.onError(frame.headers.message || frame.body); reject(new Error(frame.headers.message)); }
        }
      };
      this.ws.onclose = event => { this.onClose(event); reject(new Error('closed ' + event.code)); };
    });
  }

  subscribe(destination, callback) {
    const id = 'sub-' + this.nextId++;
    this.subscriptions.set(id, callback);
    this.frame('SUBSCRIBE', { id, destination });
    return () => { this.frame('UNSUBSCRIBE', { id }); this.subscriptions.delete(id); };
  }

  send(destination, body) {
    this.frame('SEND', { destination, 'content-type': 'application/json' }, JSON.stringify(body));
  }

  disconnect() {
    if (this.ws?.readyState === WebSocket.OPEN) this.frame('DISCONNECT', {});
    this.ws?.close();
  }

  frame(command, headers, body = '') {
    const lines = [command, ...Object.entries(headers).map(([k, v]) => `${k}:${String(v).replace(/\n/g, ' ')}`), '', body];
    this.ws.send(lines.join('\n') + '\0');
  }
}

function parse(raw) {
  const split = raw.indexOf('\n\n');
  const head = (split >= 0 ? raw.slice(0, split) : raw).split('\n');
  const headers = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !(line.slice(0, colon) in headers)) headers[line.slice(0, colon)] = line.slice(colon + 1);
  }
  return { command: head[0], headers, body: split >= 0 ? raw.slice(split + 2) : '' };
}
