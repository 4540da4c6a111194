// The Gradus dashboard: runs, a run's progress, and a form to start one. Plain JavaScript over the
// REST API under /api; uPlot draws the chart. Views poll while a run is busy.
"use strict";

const view = () => document.getElementById("view");
let timers = [];
let chart = null;

// ---- The API, with the bearer token when the API asks for one ----------------------------------

class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.error) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

function token() {
  return sessionStorage.getItem("gradus-token");
}

function askForToken() {
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      sessionStorage.setItem("gradus-token", input.value.trim());
      resolve();
    }, { once: true });
    if (!dialog.open) {
      dialog.showModal();
    }
  });
}

async function api(path, options = {}) {
  for (;;) {
    const headers = Object.assign({}, options.headers || {});
    if (token()) {
      headers.Authorization = `Bearer ${token()}`;
    }
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      sessionStorage.removeItem("gradus-token");
      await askForToken();
      continue;
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new ApiFailure(response.status, body);
    }
    return body;
  }
}

// ---- Small helpers -------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

const score = (s) => (s === null || s === undefined ? "–" : s.toFixed(3));
const interval = (i) => (i ? ` [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]` : "");
const money = (usd) => `$${(usd || 0).toFixed(4)}`;
const count = (n) => (n || 0).toLocaleString("en");
const when = (ms) => (ms ? new Date(ms).toLocaleString() : "–");
const status = (s) => el("span", { class: `status ${s}` }, s);
const busy = (s) => s === "RUNNING" || s === "PAUSED";

function every(ms, task) {
  timers.push(setInterval(task, ms));
}

function failure(error) {
  return el("p", { class: "errors" }, error.message);
}

// ---- Runs list ------------------------------------------------------------------------------------

async function runsView(params) {
  const limit = 25;
  const offset = Number(params.get("offset") || 0);
  const filter = params.get("status") || "";
  const text = params.get("q") || "";
  const go = (status, q, at) => {
    location.hash = `#/?status=${status}&q=${encodeURIComponent(q)}&offset=${at}`;
  };
  const select = el("select", { id: "status-filter", onchange: (e) => go(e.target.value, text, 0) },
    ["", "running", "paused", "completed", "cancelled", "failed"].map((s) =>
      el("option", s === filter ? { value: s, selected: "" } : { value: s }, s || "all")));
  const search = el("input", { type: "search", id: "run-search", placeholder: "name or id", value: text,
    onchange: (e) => go(filter, e.target.value.trim(), 0) });
  const body = el("tbody");
  const pager = el("span", { class: "muted" });
  const prev = el("button", { onclick: () => go(filter, text, Math.max(0, offset - limit)) }, "Newer");
  const next = el("button", { onclick: () => go(filter, text, offset + limit) }, "Older");
  view().replaceChildren(
    el("h1", {}, "Runs"),
    el("div", { class: "toolbar" }, el("label", {}, "Status ", select), el("label", {}, "Search ", search),
      prev, next, pager,
      el("button", { class: "primary", onclick: () => { location.hash = "#/new"; } }, "Start a run")),
    el("table", { id: "runs" },
      el("thead", {}, el("tr", {}, ["Run", "Name", "Status", "Strategy", "Generation", "Best (validation)",
        "Best (test)", "Seed", "Calls", "Cost", "Started"].map((h, i) => el("th", i > 3 && i < 10 ? { class: "num" } : {}, h)))),
      body));
  const refresh = async () => {
    const query = `limit=${limit}&offset=${offset}` + (filter ? `&status=${filter}` : "") +
      (text ? `&q=${encodeURIComponent(text)}` : "");
    const page = await api(`/api/runs?${query}`);
    body.replaceChildren(...page.runs.map((r) => el("tr", { "data-run": r.runId },
      el("td", {}, el("a", { href: `#/runs/${encodeURIComponent(r.runId)}` }, r.runId)),
      el("td", {}, r.name || ""), el("td", {}, status(r.status)), el("td", {}, r.strategy || ""),
      el("td", { class: "num" }, `${r.generation}/${r.maxGenerations}`),
      el("td", { class: "num" }, score(r.bestValidation)), el("td", { class: "num" }, score(r.bestTest)),
      el("td", { class: "num" }, score(r.seedValidation)), el("td", { class: "num" }, count(r.calls)),
      el("td", { class: "num" }, money(r.costUsd)), el("td", {}, when(r.startedAt)))));
    if (page.runs.length === 0) {
      body.replaceChildren(el("tr", {}, el("td", { colspan: 11, class: "muted" }, "No runs yet.")));
    }
    pager.textContent = page.total ? `${offset + 1}–${offset + page.runs.length} of ${page.total}` : "";
    prev.disabled = offset === 0;
    next.disabled = !page.more;
  };
  await refresh();
  every(3000, () => refresh().catch(() => {}));
}

// ---- One run ----------------------------------------------------------------------------------------

function chartData(report, generations) {
  const x = generations.map((g) => g.generation);
  const seed = report.seed ? report.seed.validationScore : null;
  const seedBand = report.seed && report.seed.validationInterval;
  return [
    x,
    generations.map((g) => g.bestScore),
    generations.map((g) => g.meanScore),
    generations.map(() => seed),
    generations.map((g) => (g.bestInterval ? g.bestInterval.high : null)),
    generations.map((g) => (g.bestInterval ? g.bestInterval.low : null)),
    generations.map(() => (seedBand ? seedBand.high : null)),
    generations.map(() => (seedBand ? seedBand.low : null)),
  ];
}

function drawChart(container, report, generations) {
  const data = chartData(report, generations);
  container.dataset.generations = String(generations.length);
  if (chart && chart.root.isConnected) {
    chart.setData(data);
    return;
  }
  container.replaceChildren();
  chart = new uPlot({
    width: Math.min(1100, container.clientWidth || 900),
    height: 280,
    scales: { x: { time: false }, y: { range: [0, 1] } },
    axes: [{ label: "generation", incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] }, { label: "validation score" }],
    series: [
      { label: "generation" },
      { label: "best", stroke: "#2f6fde", width: 2 },
      { label: "mean", stroke: "#8a93a0", width: 1 },
      { label: "seed", stroke: "#c0392b", width: 1, dash: [6, 4] },
      { label: "best 95% high", stroke: "rgba(47,111,222,0.25)", width: 0 },
      { label: "best 95% low", stroke: "rgba(47,111,222,0.25)", width: 0 },
      { label: "seed 95% high", stroke: "rgba(192,57,43,0.2)", width: 0 },
      { label: "seed 95% low", stroke: "rgba(192,57,43,0.2)", width: 0 },
    ],
    // The 95% intervals (the report says Wilson or bootstrap) as bands around best and seed.
    bands: [
      { series: [4, 5], fill: "rgba(47,111,222,0.12)" },
      { series: [6, 7], fill: "rgba(192,57,43,0.08)" },
    ],
  }, data, container);
}

function facts(report) {
  const usage = report.usage || {};
  const fact = (value, label) => el("div", { class: "fact" }, el("b", {}, value), el("span", {}, label));
  const best = report.best || {};
  const seed = report.seed || {};
  return el("div", { class: "facts", id: "facts" },
    fact(status(report.status), report.stopReason ? `stopped: ${report.stopReason}` : "status"),
    fact(`${report.generation} / ${report.maxGenerations}`, "generation"),
    fact(score(best.validationScore), `best, validation${interval(best.validationInterval)}`),
    fact(score(best.testScore), `best, test${interval(best.testInterval)}`),
    fact(score(seed.validationScore), "seed, validation"),
    fact(score(seed.testScore), "seed, test"),
    fact(count(usage.calls), `calls (${count(usage.cacheHits)} from cache)`),
    fact(count((usage.promptTokens || 0) + (usage.completionTokens || 0)), "tokens"),
    fact(money(usage.costUsd), "cost"),
    fact(report.etaSeconds ? `${Math.round(report.etaSeconds)} s` : "–", "time left (estimate)"));
}

function lineageTree(lineage) {
  if (!lineage || lineage.length === 0) {
    return el("p", { class: "muted" }, "No lineage yet.");
  }
  const byId = new Map(lineage.map((c) => [c.id, c]));
  // Candidates can share ancestors (crossovers, several parents): each is written out once.
  const shown = new Set();
  const node = (c) => {
    if (shown.has(c.id)) {
      return el("li", {}, el("b", {}, c.id), " ", el("span", { class: "op" }, "(above)"));
    }
    shown.add(c.id);
    return el("li", {},
      el("b", {}, c.id), " ", el("span", { class: "op" }, `${c.operation} · generation ${c.generation} · ${score(c.score)}`),
      el("div", { class: "prompt" }, c.instruction),
      c.note ? el("div", { class: "op" }, c.note.length > 240 ? `${c.note.slice(0, 240)}…` : c.note) : null,
      el("ul", {}, (c.parentIds || []).filter((p) => byId.has(p)).map((p) => node(byId.get(p)))));
  };
  const best = lineage[lineage.length - 1];
  return el("ul", { class: "tree", id: "lineage" }, node(best));
}

function leaderboard(candidates) {
  const scored = candidates.filter((c) => c.score !== null && c.score !== undefined).slice(0, 20);
  return el("table", { id: "leaderboard" },
    el("thead", {}, el("tr", {}, el("th", {}, "#"), el("th", {}, "Candidate"), el("th", { class: "num" }, "Score"),
      el("th", {}, "95% interval"), el("th", {}, "Made by"), el("th", {}, "Instruction"))),
    el("tbody", {}, scored.map((c, i) => el("tr", {},
      el("td", {}, i + 1), el("td", {}, c.id), el("td", { class: "num" }, score(c.score)),
      el("td", {}, interval(c.interval)), el("td", {}, `${c.operation} (gen ${c.generation})`),
      el("td", { class: "prompt" }, c.instruction)))));
}

async function runView(runId) {
  const path = `/api/runs/${encodeURIComponent(runId)}`;
  const chartBox = el("div", { id: "chart", "data-generations": "0" });
  const head = el("div");
  const controls = el("div", { class: "toolbar" });
  const rest = el("div");
  const message = el("div", { id: "message" });
  view().replaceChildren(el("h1", {}, runId), controls, message, head,
    el("h2", {}, "Score per generation"), chartBox, rest);
  chart = null;
  const act = (action) => async () => {
    try {
      const answer = await api(`${path}/${action}`, { method: "POST" });
      message.replaceChildren(el("p", { class: "muted" }, answer.message));
      await refresh();
    } catch (e) {
      message.replaceChildren(failure(e));
    }
  };
  const pause = el("button", { id: "pause", onclick: act("pause") }, "Pause");
  const resume = el("button", { id: "resume", onclick: act("resume") }, "Resume");
  const cancel = el("button", { id: "cancel", onclick: act("cancel") }, "Cancel");
  controls.append(pause, resume, cancel);
  let last = "";
  async function refresh() {
    const [report, generations, candidates] = await Promise.all([
      api(path), api(`${path}/generations`), api(`${path}/candidates`)]);
    head.replaceChildren(facts(report));
    pause.disabled = report.status !== "RUNNING";
    resume.disabled = report.status !== "PAUSED";
    cancel.disabled = !busy(report.status);
    drawChart(chartBox, report, generations);
    const shown = JSON.stringify([candidates.candidates.length, report.best && report.best.id, report.status]);
    if (shown !== last) {
      last = shown;
      rest.replaceChildren(
        el("h2", {}, "Leaderboard"), leaderboard(candidates.candidates),
        el("h2", {}, "Lineage of the best"), lineageTree(candidates.lineage));
    }
    return report;
  }
  const first = await refresh();
  if (busy(first.status)) {
    every(2000, () => refresh().catch((e) => message.replaceChildren(failure(e))));
  }
}

// ---- Start a run ------------------------------------------------------------------------------------

const EXAMPLE_SPEC = `# A small offline run: OPRO on the simulated sentiment task.
name: sentiment-sim
task:
  dataset: { simulated: sentiment }
  split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
  template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
  metric: exact_match
seedPrompt: "Classify the sentiment of the sentence."
models:
  target:    { provider: sim, model: sim-target, temperature: 0 }
  optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
strategy: { type: opro, proposals: 8 }
budget: { generations: 8 }
seed: 42
`;

function newRunView() {
  const text = el("textarea", { id: "spec", spellcheck: "false", "aria-label": "run spec (YAML or JSON)" });
  text.value = EXAMPLE_SPEC;
  const file = el("input", { type: "file", id: "spec-file", accept: ".yaml,.yml,.json" });
  file.addEventListener("change", async () => {
    if (file.files.length) text.value = await file.files[0].text();
  });
  const errors = el("div", { id: "spec-errors" });
  const submit = el("button", { class: "primary", id: "start", type: "submit" }, "Start");
  const form = el("form", { id: "new-run" },
    el("div", { class: "toolbar" }, el("label", {}, "Load a spec file ", file)),
    text, errors, el("div", { class: "toolbar" }, submit));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    errors.replaceChildren();
    try {
      const answer = await api("/api/runs", {
        method: "POST", headers: { "Content-Type": "application/yaml" }, body: text.value });
      location.hash = `#/runs/${encodeURIComponent(answer.runId)}`;
    } catch (e) {
      const list = (e.body.errors || []).map((x) => el("li", {}, el("code", {}, x.path), ": ", x.message));
      errors.replaceChildren(el("div", { class: "errors" }, el("p", {}, e.message), list.length ? el("ul", {}, list) : null));
    } finally {
      submit.disabled = false;
    }
  });
  view().replaceChildren(el("h1", {}, "Start a run"),
    el("p", { class: "muted" }, "Paste a run spec (YAML or JSON) or load a file. Errors are shown with the path of each field."),
    form);
}

// ---- Routing ---------------------------------------------------------------------------------------

async function route() {
  timers.forEach(clearInterval);
  timers = [];
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  try {
    if (path.startsWith("/runs/")) {
      await runView(decodeURIComponent(path.slice("/runs/".length)));
    } else if (path === "/new") {
      newRunView();
    } else {
      await runsView(new URLSearchParams(query || ""));
    }
  } catch (e) {
    view().replaceChildren(failure(e));
  }
}

window.addEventListener("hashchange", route);
route();
