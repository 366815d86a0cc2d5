// accord dashboard: sends what the user changes to the server and draws what it answers.
// Every number shown comes from the server (the accord library); nothing is computed here.
"use strict";

const config = JSON.parse(document.getElementById("config").textContent);
const api = (path) => `/api/s/${config.id}/${path}`;
const $ = (sel) => document.querySelector(sel);
const $$ = (sel) => Array.from(document.querySelectorAll(sel));
const fmt = (x, digits = 3) => (x === null || x === undefined ? "–" : Number(x).toFixed(digits));
// accord.report.diagnosis_text.opening: below 0.0005 (0.000 at three decimals), "only just"
const opening = (m) => (m >= 5e-4 ? `opens a ZOPA (margin ${fmt(m)})`
  : `only just opens a ZOPA (margin ${m <= 1e-9 ? 0 : Number(m.toPrecision(1))})`);
const plotConfig = { responsive: true, displaylogo: false };

async function postJSON(path, body) {
  const response = await fetch(api(path), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
  const timing = /dur=([0-9.]+)/.exec(response.headers.get("Server-Timing") || "");
  if (timing) data.server_ms = Number(timing[1]);
  return data;
}

function cell(row, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

function packageText(outcome) {
  return Object.entries(outcome || {}).map(([k, v]) => `${k} = ${v}`).join("; ");
}

// -- navigation and tabs ------------------------------------------------------------------

$("#scenario-picker")?.addEventListener("change", (e) => { window.location = e.target.value; });

$$("nav.tabs button").forEach((button) => {
  button.addEventListener("click", () => {
    $$("nav.tabs button").forEach((b) => b.classList.toggle("active", b === button));
    $$("section.tab").forEach((s) => { s.hidden = s.id !== button.dataset.tab; });
    window.dispatchEvent(new Event("resize"));  // let Plotly fit a chart shown just now
  });
});

// -- what-if ----------------------------------------------------------------------------

const sliders = $$("input[type=range][data-kind]");
let inFlight = false;
let pending = false;

function whatIfRequest() {
  const body = { reservation: {}, weights: {} };
  for (const s of sliders) {
    if (s.dataset.kind === "reservation") body.reservation[s.dataset.party] = Number(s.value);
    else (body.weights[s.dataset.party] ??= {})[s.dataset.issue] = Number(s.value);
  }
  const x = $("#pair-x"), y = $("#pair-y");
  if (x && y && x.value !== y.value) body.pair = [Number(x.value), Number(y.value)];
  return body;
}

function showWhatIf(data) {
  const w = data.analysis;
  $("#zopa-count").textContent = w.zopa.size.toLocaleString("en");
  $("#frontier-size").textContent = w.pareto.size.toLocaleString("en");
  $("#n-feasible").textContent = w.n_feasible.toLocaleString("en");
  const short = w.diagnosis.zopa_empty;
  $("#gap-label").textContent = short ? "gap to a deal" : "margin of the best package";
  $("#gap").textContent = fmt(Math.abs(w.diagnosis.shortfall));
  $("#gap-note").textContent = short
    ? "utility every side would have to concede"
    : "utility every side gains over walking away";
  showDiagnosis(w);
  $(".stat.zopa").classList.toggle("empty", w.zopa.empty);
  $("#latency").textContent = fmt(data.server_ms ?? data.elapsed_ms, 0);
  $("#latency-note").textContent = `per what-if, ms (CPU ${fmt(data.cpu_ms, 0)} ms)`;
  Plotly.react("utility-chart", data.figure.data, data.figure.layout, plotConfig);
  const body = $("#solutions tbody");
  body.replaceChildren();
  const labels = { nash: "Nash", kalai_smorodinsky: "Kalai–Smorodinsky",
                   egalitarian: "egalitarian", utilitarian: "utilitarian" };
  for (const [name, s] of Object.entries(w.solutions)) {
    const row = body.insertRow();
    cell(row, labels[name] || name);
    if (s === null) {
      for (const _ of w.parties) cell(row, "–", "num");
      cell(row, "none: the ZOPA is empty", "muted");
    } else {
      s.utilities.forEach((u) => cell(row, fmt(u), "num"));
      cell(row, packageText(s.outcome), "package");
    }
  }
  $("#whatif-error").hidden = true;
}

function showDiagnosis(w) {
  const list = $("#diagnosis-lines");
  if (!list) return;
  list.replaceChildren(...w.diagnosis.summary.map((line) => {
    const li = document.createElement("li");
    li.textContent = line;
    return li;
  }));
  const blocks = w.diagnosis.issue_blocks;
  const body = $("#issue-blocks tbody");
  body.replaceChildren();
  for (const b of blocks) {
    const row = body.insertRow();
    cell(row, b.issue);
    for (const p of w.parties) cell(row, String(b.preferred[p]));
    cell(row, b.opens_zopa ? opening(-b.shortfall_without)
                           : `still ${fmt(b.shortfall_without)} short`, "num");
  }
  $("#issue-blocks-section").hidden = blocks.length === 0;
}

async function whatIf() {
  if (inFlight) { pending = true; return; }
  inFlight = true;
  try {
    showWhatIf(await postJSON("whatif", whatIfRequest()));
  } catch (err) {
    $("#whatif-error").textContent = err.message;
    $("#whatif-error").hidden = false;
  } finally {
    inFlight = false;
    if (pending) { pending = false; whatIf(); }
  }
}

for (const s of sliders) {
  s.addEventListener("input", () => {
    s.nextElementSibling.textContent = Number(s.value).toFixed(s.step.length - 2);
    $("#robust-result")?.classList.add("stale");
    whatIf();
  });
}

// -- P(ZOPA) under the declared uncertainty (a Monte Carlo: seconds, so on request) --------

const spread = $("#spread-scale");
spread?.addEventListener("input", () => {
  spread.nextElementSibling.textContent = Number(spread.value).toFixed(1);
  $("#robust-result").classList.add("stale");
});
$("#robust-run")?.addEventListener("click", async () => {
  const out = $("#robust-result");
  out.hidden = false;
  out.classList.remove("stale");
  out.textContent = "Drawing…";
  try {
    const r = await postJSON("robust", {
      ...whatIfRequest(), scale: Number(spread.value), draws: Number($("#robust-draws").value),
    });
    const pct = (x) => `${(100 * x).toFixed(1)}%`;
    out.replaceChildren();
    const head = document.createElement("p");
    head.innerHTML = `<b>P(a ZOPA exists) = ${pct(r.p_zopa)}</b> (95% interval ${pct(r.p_zopa_interval[0])}–${pct(r.p_zopa_interval[1])})`;
    const rest = document.createElement("p");
    rest.textContent = `${r.draws.toLocaleString("en")} draws of ${r.parameters} parameters, seed ${r.seed}. ` +
      `Margin of the best package: mean ${fmt(r.margin_mean)}, 5th percentile ${fmt(r.margin_p5)}. ` +
      (r.packages.length ? `Most robust package: all accept it in ${pct(r.packages[0].p_accept_all)} of draws.` : "") +
      ` (${fmt(r.server_ms ?? r.elapsed_ms, 0)} ms)`;
    out.append(head, rest);
  } catch (err) {
    out.textContent = err.message;
  }
});
$("#pair-x")?.addEventListener("change", whatIf);
$("#pair-y")?.addEventListener("change", whatIf);
$("#reset")?.addEventListener("click", () => {
  for (const s of sliders) {
    s.value = s.dataset.stated;
    s.nextElementSibling.textContent = s.dataset.stated;
  }
  whatIf();
});
if (document.getElementById("utility-chart")) whatIf();

// -- simulation and replay -----------------------------------------------------------------

let run = null;
let playing = null;

function showRound(k) {
  // The figure is the server's; replay only hides the rounds after k behind a curtain.
  $("#replay-label").textContent = k;
  const layout = run.figure.layout;
  const last = Math.max(run.rounds, ...run.trace.map((m) => m.round)) + 1;
  const curtain = [
    { type: "rect", xref: "x", yref: "paper", x0: k + 0.5, x1: last, y0: 0, y1: 1,
      fillcolor: "rgba(255,255,255,0.9)", line: { width: 0 }, layer: "above" },
    { type: "line", xref: "x", yref: "paper", x0: k, x1: k, y0: 0, y1: 1,
      line: { color: "#1f4e79", width: 2 } },
  ];
  Plotly.react("offers-chart", run.figure.data,
               { ...layout, shapes: [...(layout.shapes || []), ...curtain] }, plotConfig);
  const body = $("#replay-moves tbody");
  body.replaceChildren();
  for (const m of run.trace.filter((m) => m.round === k)) {
    const row = body.insertRow();
    cell(row, m.round, "num");
    const who = run.parties.indexOf(m.party);
    cell(row, who >= 0 ? config.names[who] : m.party);
    cell(row, m.action);
    for (const p of run.parties) cell(row, m.utilities ? fmt(m.utilities[p]) : "", "num");
    cell(row, m.outcome ? packageText(m.outcome) : (m.detail ? (m.detail.label || JSON.stringify(m.detail)) : ""), "package");
  }
}

$("#simulate-form")?.addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = e.target;
  const chosen = $$("#simulate-form select[name=agent]").map((s) => s.value);
  const body = {
    rounds: Number(form.rounds.value), seed: Number(form.seed.value),
    dynamics: form.dynamics.checked,
    agents: chosen.every((a) => a === "") ? null : chosen.map((a, j) => a || null),
  };
  if (body.agents && body.agents.includes(null)) {
    $("#simulate-status").textContent = "Choose an agent for every party, or none at all.";
    return;
  }
  $("#simulate-status").textContent = "Negotiating…";
  try {
    run = await postJSON("simulate", body);
  } catch (err) {
    $("#simulate-status").textContent = err.message;
    return;
  }
  const deal = run.agreement
    ? `Agreement in round ${run.round}: ${packageText(run.agreement)} (utilities ${run.utilities.map((u) => fmt(u)).join(", ")}).`
    : `No agreement (${run.reason}, round ${run.round}).${run.note ? " " + run.note : ""}`;
  $("#simulate-status").textContent = `${run.agents.join(" vs ")}, ${run.protocol}, seed ${run.seed}.`;
  $("#simulate-summary").textContent = deal;
  $("#simulate-result").hidden = false;
  const last = Math.max(0, ...run.trace.map((m) => m.round));
  const slider = $("#replay-round");
  slider.max = last;
  slider.value = last;
  showRound(last);
});

$("#replay-round")?.addEventListener("input", (e) => showRound(Number(e.target.value)));
$("#replay-play")?.addEventListener("click", () => {
  if (!run) return;
  if (playing) { clearInterval(playing); playing = null; return; }
  const slider = $("#replay-round");
  let k = 0;
  playing = setInterval(() => {
    slider.value = k;
    showRound(k);
    k += 1;
    if (k > Number(slider.max)) { clearInterval(playing); playing = null; }
  }, 80);
});

// -- forecast ------------------------------------------------------------------------------

$("#forecast-form")?.addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = e.target;
  $("#forecast-status").textContent = "Forecasting…";
  let data;
  try {
    const body = {model: form.model.value, runs: Number(form.runs.value), seed: Number(form.seed.value)};
    // an empty spread draws from the scenario's declarations, as accord forecast does
    for (const name of ["position", "salience", "capability"]) {
      if (form[name].value !== "") body[name] = Number(form[name].value);
    }
    data = await postJSON("forecast", body);
  } catch (err) {
    $("#forecast-status").textContent = err.message;
    return;
  }
  const mc = data.monte_carlo;
  $("#forecast-status").textContent =
    `${data.model}: ${data.states} states${mc ? `, ${mc.runs} Monte Carlo runs drawn from ${mc.source} (band: 5%–95%)` : ""}. Positions on a 0–100 scale.`;
  const table = $("#forecast-table");
  const head = table.tHead;
  head.replaceChildren();
  const hr = head.insertRow();
  for (const h of ["issue", "forecast", ...(mc ? ["5%", "50%", "95%"] : [])]) {
    const th = document.createElement("th");
    th.textContent = h;
    if (h !== "issue") th.className = "num";
    hr.appendChild(th);
  }
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const dim of data.dimensions) {
    const row = body.insertRow();
    cell(row, dim);
    cell(row, fmt(data.forecast[dim], 1), "num");
    if (mc) for (const q of ["5", "50", "95"]) cell(row, fmt(mc.quantiles[dim][q], 1), "num");
  }
  table.hidden = false;
  Plotly.react("forecast-chart", data.figure.data, data.figure.layout, plotConfig);
});

// -- YAML editor ---------------------------------------------------------------------------

const editor = $("#yaml-text");
let validateTimer = null;

function markLine(line) {
  const count = editor.value.split("\n").length;
  const numbers = [];
  for (let i = 1; i <= count; i++) numbers.push(i === line ? `▶${i}` : String(i));
  $("#gutter").textContent = numbers.join("\n");
}

async function validate() {
  try {
    const result = await postJSON("validate", { text: editor.value });
    const status = $("#yaml-status");
    if (result.valid) {
      status.className = "ok";
      status.textContent = `Valid: ${result.scenario} (${result.issues} issues, ${result.parties} parties).`;
      markLine(null);
    } else {
      status.className = "error";
      status.textContent = result.line ? `line ${result.line}: ${result.field ? result.field + ": " : ""}${result.message}` : result.error;
      markLine(result.line);
    }
  } catch (err) {
    $("#yaml-status").textContent = err.message;
  }
}

if (editor) {
  fetch(api("yaml")).then((r) => r.json()).then((data) => {
    editor.value = data.text;
    markLine(null);
    validate();
  });
  editor.addEventListener("input", () => {
    markLine(null);
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, 300);
  });
  editor.addEventListener("scroll", () => { $("#gutter").scrollTop = editor.scrollTop; });
  $("#save-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const status = $("#save-status");
    try {
      const saved = await postJSON("save", {
        text: editor.value, path: e.target.path.value, overwrite: e.target.overwrite.checked,
      });
      status.className = "ok";
      status.replaceChildren(`Saved to ${saved.saved}. `);
      const link = document.createElement("a");
      link.href = saved.url;
      link.textContent = "Open it";
      status.appendChild(link);
    } catch (err) {
      status.className = "error";
      status.textContent = err.message;
    }
  });
}
