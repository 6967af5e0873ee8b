// 2,000 (or $CLIENTS) event-stream clients on one office's queue; then $ROUNDS calls are made one after the other,
// and each client's arrival time of each call's event is taken against the moment the call was sent.
// Usage: node floor-sse.mjs BASE_URL OFFICE_ID WINDOW TOKEN   (the office must have waiting tickets)
import http from "node:http";

const [base, office, window, token] = process.argv.slice(2);
const clients = Number(process.env.CLIENTS ?? 2000);
const rounds = Number(process.env.ROUNDS ?? 20);
const url = new URL(`${base}/offices/${office}/queue/events`);
const arrivals = new Map(); // label -> array of arrival times (ms)
let connected = 0;

function connect() {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: url.hostname, port: url.port, path: url.pathname, agent: false, headers: { Accept: "text/event-stream" } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
        connected++;
        resolve();
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5)).join("");
            if (!data) continue;
            const event = JSON.parse(data).event;
            if (event && event.kind === "CALLED") {
              const list = arrivals.get(event.label) ?? [];
              list.push(performance.now());
              arrivals.set(event.label, list);
            }
          }
        });
      },
    );
    req.on("error", reject);
  });
}

async function post(path, headers = {}) {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { Authorization: `Bearer ${token}`, ...headers } });
  return { status: res.status, etag: res.headers.get("etag"), body: res.status === 200 ? await res.json() : null };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (let i = 0; i < clients; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, clients - i) }, connect));
}
console.log(`connected: ${connected}`);
await sleep(2000);

const latencies = [];
let missing = 0;
for (let r = 0; r < rounds; r++) {
  const sent = performance.now();
  const call = await post(`/offices/${office}/windows/${window}/call-next`);
  if (call.status !== 200) throw new Error(`call-next: ${call.status}`);
  const label = call.body.label;
  const deadline = performance.now() + 10000;
  while ((arrivals.get(label)?.length ?? 0) < connected && performance.now() < deadline) await sleep(20);
  const got = arrivals.get(label) ?? [];
  missing += connected - got.length;
  for (const t of got) latencies.push(t - sent);
  const freed = await post(`/tickets/${call.body.id}/no-show`, { "If-Match": call.etag });
  if (freed.status !== 200) throw new Error(`no-show: ${freed.status}`);
  await sleep(500);
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)].toFixed(1);
console.log(
  `clients=${connected} calls=${rounds} deliveries=${latencies.length} missing=${missing} ` +
    `p50=${pct(50)}ms p95=${pct(95)}ms p99=${pct(99)}ms max=${pct(100)}ms`,
);
process.exit(0);
