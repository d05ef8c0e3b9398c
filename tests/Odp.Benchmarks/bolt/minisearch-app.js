// The search peer for `dotnet run -c Release --project tests/Odp.Benchmarks -- realistic`: a Bolt app that answers
// `/odp search …` the way ODP does, with MiniSearch over the same catalog (CATALOG_JSON, written by the benchmark from
// the same datasets as its catalog.yaml), and acks with the same Block Kit ODP renders for a search.
// Bolt as in the acking-only peer (benchmark-app.js: signature verification on, Bolt's default).
//
// The search mirrors ODP's (src/Odp.Engine/Catalog): fields weighted name ≫ tags and domain > column names >
// description (100, 30, 10, 3, ODP's IndexedDataset weights); words of 3+ letters also match as prefixes, words of
// 4+ letters also match with a typo (fuzzy); all words must match (AND), else any (OR); the owner:, tag:, domain: and
// catalog: filters (commas for several values); 5 per page, `--page N`; "did you mean" when nothing matches.
const crypto = require('node:crypto');
const fs = require('node:fs');
const MiniSearch = require('minisearch');
const { createApp, start } = require('./benchmark-app');

const PAGE_SIZE = 5;
const FILTERS = { owner: 'owner', owners: 'owner', tag: 'tag', tags: 'tag', domain: 'domain', domains: 'domain', catalog: 'catalog', catalogs: 'catalog' };

// Lower-case words, split on anything not a letter or digit and on camelCase (lake.sales.orderItems → lake sales order items).
function tokenize(text) {
  return String(text ?? '')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

const datasets = JSON.parse(fs.readFileSync(process.env.CATALOG_JSON, 'utf8'));
const search = new MiniSearch({
  idField: 'id',
  fields: ['name', 'tags', 'columns', 'description'],
  tokenize,
  processTerm: (term) => term.toLowerCase(),
  extractField: (doc, field) => {
    switch (field) {
      case 'id': return doc.id;
      case 'tags': return [...doc.tags, doc.domain].join(' ');
      case 'columns': return doc.columns.join(' ');
      default: return doc[field];
    }
  },
  searchOptions: {
    boost: { name: 100, tags: 30, columns: 10, description: 3 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    maxFuzzy: 2,
  },
});
datasets.forEach((d, i) => { d.id = i; d.catalog = d.name.split('.')[0].toLowerCase(); });
search.addAll(datasets);

// `search customer orders tag:pii --page 2` → words, filters and page, as ODP's command and query parsers read it.
function parse(text) {
  const parts = text.trim().split(/\s+/).slice(1); // after "search"
  let page = 1;
  const words = [];
  const filters = {};
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '--page' && i + 1 < parts.length) { page = Number(parts[++i]) || 1; continue; }
    const colon = parts[i].indexOf(':');
    const filter = colon > 0 ? FILTERS[parts[i].slice(0, colon).toLowerCase()] : undefined;
    if (!filter) { words.push(parts[i]); continue; }
    (filters[filter] ??= []).push(...parts[i].slice(colon + 1).split(',').map((v) => v.trim().toLowerCase()).filter((v) => v));
  }
  return { query: words.join(' '), filters, page };
}

function ownerMatches(owner, wanted) {
  const o = owner.toLowerCase();
  const w = wanted.replace(/^@/, '');
  return o === w || o.slice(o.indexOf(':') + 1) === w;
}

function passes(d, filters) {
  return (!filters.tag || filters.tag.some((t) => d.tags.some((x) => x.toLowerCase() === t)))
    && (!filters.domain || filters.domain.includes(d.domain.toLowerCase()))
    && (!filters.catalog || filters.catalog.includes(d.catalog))
    && (!filters.owner || filters.owner.some((w) => d.owners.some((o) => ownerMatches(o, w))));
}

function find({ query, filters }) {
  const filter = (r) => passes(datasets[r.id], filters);
  if (query.length === 0) return datasets.filter((d) => passes(d, filters)).map((d) => ({ id: d.id }));
  const all = search.search(query, { combineWith: 'AND', filter });
  return all.length > 0 ? all : search.search(query, { combineWith: 'OR', filter });
}

// Block Kit as ODP renders its search-results card (src/Odp.Bot/Platforms/Slack/BlockKit, adaptive-cards/search-results.json).
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plain = (text) => ({ type: 'plain_text', text, emoji: true });
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const hash = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 12);
const button = (title, command, input) =>
  ({ type: 'button', text: plain(title), action_id: `odp:run:${hash(command)}${input ? `:${input}` : ''}`, value: command });

function render(query, hits, total, page) {
  const header = { type: 'header', text: plain(`Datasets matching "${query}"`) };
  if (hits.length === 0) {
    const suggestions = search.autoSuggest(query, { fuzzy: 0.3, prefix: false, combineWith: 'OR' }).slice(0, 3).map((s) => s.suggestion);
    const did = suggestions.length > 0 ? `\nDid you mean: ${suggestions.join(', ')}?` : '';
    return reply(`No datasets match "${query}"`, [header, section(`⚠️ No datasets match "${escape(query)}".${did}`)]);
  }
  const blocks = [header, { type: 'context', elements: [{ type: 'mrkdwn', text: `Showing ${hits.length} of ${total}` }] }];
  let input = false;
  for (const d of hits) {
    const fields = [`*Domain*\n${escape(d.domain)}`];
    if (d.tags.length > 0) fields.push(`*Tags*\n${escape(d.tags.join(', '))}`);
    fields.push(`*Owners*\n${escape(d.owners.length > 0 ? d.owners.join(', ') : 'no owner: ask an admin')}`);
    blocks.push({ type: 'divider' }, section(`*${escape(d.name)}*`));
    if (d.description) blocks.push(section(escape(d.description)));
    blocks.push({ type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) });
    if (!input) {
      blocks.push({
        type: 'input', block_id: 'odp-input-reason', dispatch_action: false, label: plain('Reason (needed to request access)'),
        element: { type: 'plain_text_input', action_id: 'reason' }, optional: true,
      });
      input = true;
    }
    blocks.push({ type: 'actions', elements: [button('Show', `/odp show ${d.name}`), button('Request access', `/odp request ${d.name}`, 'reason')] });
  }
  if ((page - 1) * PAGE_SIZE + hits.length < total) {
    blocks.push({ type: 'actions', elements: [button('More', `/odp search ${query} --page ${page + 1}`)] });
  }
  return reply(`Datasets matching "${query}": showing ${hits.length} of ${total}`, blocks);
}

// The ack's envelope, as ODP's (SlackReplies): ephemeral, never replacing the message the command was typed under.
const reply = (text, blocks) => ({ response_type: 'ephemeral', text, blocks, replace_original: false });

const app = createApp();

app.command('/odp', async ({ command, ack }) => {
  const parsed = parse(command.text);
  const words = command.text.trim().split(/\s+/).slice(1).filter((w, i, all) => w !== '--page' && all[i - 1] !== '--page').join(' ');
  const results = find(parsed);
  const hits = results.slice((parsed.page - 1) * PAGE_SIZE, parsed.page * PAGE_SIZE).map((r) => datasets[r.id]);
  await ack(render(words, hits, results.length, parsed.page));
});

start(app, `bolt-minisearch with ${datasets.length} datasets`);
