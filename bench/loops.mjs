// The benchmark's inputs and, per list function, a "tight loop": an honest minimal hand-written
// implementation of the same computation over the same input shape (one 2-D array of cells per
// range, read as cells[r][0]), without validation or messages. Each returns the function's metric
// (the floored number the score is read from), so run.mjs can check it against ours once.
// Text keys are compared as the functions compare them (without case and surrounding spaces),
// so every loop does per row what a hand-written version of the same rule would do.

const column = (n, f) => Array.from({ length: n }, (_, i) => [f(i)]);
const jobTitles = [
  'Butikkmedarbeider',
  'Kokk',
  ' kokk',
  'Renholder',
  'Lagerarbeider',
  'Sjåfør',
  'Barnehageassistent',
  'Kontormedarbeider',
  'Servitør',
  'Snekker',
];
const day0 = 45_000; // an Excel serial date in 2023

/** Floors as the manual says (round down), tolerant of binary noise as the core is. */
const floor = (value) => Math.floor(value + 1e-9);

/** Σ min(count, 2) over keys ÷ entries, in percent, floored: Tjenester 8 and 9. */
function diversityPercent(counts, total) {
  let countable = 0;
  for (const count of counts.values()) countable += count > 2 ? 2 : count;
  return Math.floor((100 * countable) / total);
}

const YES = new Set(['true', 'ja', 'yes', 'x', 'j', 'y', '1', 'sann']);
const yes = (cell) => cell === true || cell === 1 || (typeof cell === 'string' && YES.has(cell.trim().toLowerCase()));

/**
 * Per function: `args(n)` the argument list for n rows (one row per specialist, job, contact or
 * participant), `loop(...args)` the tight loop's metric for those arguments. A function without an
 * `output` argument gives `ours(spec, args)`, what it returns to compare with the loop, and
 * `key(value)` when that is a table (compared as text, cell by cell).
 */
export const CASES = {
  CASELOAD: {
    args: (n) => [column(n, (i) => 10 + (i % 25)), column(n, (i) => [0.5, 0.8, 1][i % 3])],
    loop: (caseloads, fte) => {
      let clients = 0;
      let shares = 0;
      for (let r = 0; r < caseloads.length; r++) {
        clients += caseloads[r][0];
        shares += fte[r][0];
      }
      return floor(clients / shares);
    },
  },
  VOCATIONAL_TIME: {
    args: (n) => [column(n, (i) => 80 + (i % 21))],
    loop: (percents) => {
      let sum = 0;
      for (let r = 0; r < percents.length; r++) sum += percents[r][0];
      return floor(sum / percents.length);
    },
  },
  ALL_PHASES: {
    args: (n) => [Array.from({ length: n }, (_, i) => [true, true, true, i % 4 !== 0, true, i % 7 !== 0])],
    loop: (phases) => {
      let sum = 0;
      for (let r = 0; r < phases.length; r++) {
        const row = phases[r];
        let count = 0;
        for (let i = 0; i < 6; i++) if (yes(row[i])) count++;
        sum += count === 6 ? 5 : count === 5 ? 4 : count >= 1 ? 3 : 1;
      }
      return Math.floor(sum / phases.length);
    },
  },
  TEAM_INTEGRATION: {
    args: (n) => [column(n, (i) => 1 + (i % 2)), column(n, (i) => 15 + (i % 5)), column(n, () => 20)],
    loop: (teams, fromTeams, caseloads) => {
      let sum = 0;
      for (let r = 0; r < teams.length; r++) {
        const count = teams[r][0];
        if (count === 0) sum += 1;
        else if (count >= 3) sum += 2;
        else {
          const percent = Math.floor((100 * fromTeams[r][0]) / caseloads[r][0]);
          sum += percent >= 90 ? 5 : percent >= 75 ? 4 : percent >= 50 ? 3 : 2;
        }
      }
      return Math.floor(sum / teams.length);
    },
  },
  DAYS_TO_EMPLOYER_CONTACT: {
    args: (n) => [
      column(n, (i) => `JS${i % 12}`),
      column(n, (i) => day0 + (i % 300)),
      column(n, (i) => day0 + (i % 300) + 3 + (i % 40)),
    ],
    loop: (specialists, intakes, contacts) => {
      const bySpecialist = new Map();
      for (let r = 0; r < specialists.length; r++) {
        const key = specialists[r][0].trim().toLowerCase();
        const days = Math.floor(contacts[r][0]) - Math.floor(intakes[r][0]);
        const group = bySpecialist.get(key);
        if (group === undefined) bySpecialist.set(key, { sum: days, count: 1 });
        else {
          group.sum += days;
          group.count++;
        }
      }
      let means = 0;
      for (const { sum, count } of bySpecialist.values()) means += sum / count;
      return floor(means / bySpecialist.size);
    },
  },
  INDIVIDUALIZED_SEARCH: {
    args: (n) => [column(n, (i) => (i % 10 === 0 ? 'nei' : 'ja'))],
    loop: (matches) => {
      let matching = 0;
      for (let r = 0; r < matches.length; r++) if (yes(matches[r][0])) matching++;
      return Math.floor((100 * matching) / matches.length);
    },
  },
  EMPLOYER_CONTACTS: {
    args: (n) => [column(n, (i) => 30 + (i % 30)), column(n, () => 8)],
    loop: (contacts, weeks) => {
      let total = 0;
      let totalWeeks = 0;
      for (let r = 0; r < contacts.length; r++) {
        total += contacts[r][0];
        totalWeeks += weeks[r][0];
      }
      return floor(total / totalWeeks);
    },
  },
  JOB_DIVERSITY: {
    args: (n) => [column(n, (i) => `${jobTitles[i % jobTitles.length]} ${i % 5000}`)],
    loop: (types) => {
      const counts = new Map();
      for (let r = 0; r < types.length; r++) {
        const key = types[r][0].trim().toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return diversityPercent(counts, types.length);
    },
  },
  EMPLOYER_DIVERSITY: {
    args: (n) => [column(n, (i) => `Arbeidsgiver ${i % 20000}`)],
    loop: (employers) => {
      const counts = new Map();
      for (let r = 0; r < employers.length; r++) {
        const key = employers[r][0].trim().toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return diversityPercent(counts, employers.length);
    },
  },
  COMPETITIVE_JOBS: {
    args: (n) => [column(n, (i) => i % 20 !== 0)],
    loop: (competitive) => {
      let count = 0;
      for (let r = 0; r < competitive.length; r++) if (yes(competitive[r][0])) count++;
      return Math.floor((100 * count) / competitive.length);
    },
  },
  COMMUNITY_TIME: {
    args: (n) => [column(n, (i) => 50 + (i % 40))],
    loop: (percents) => {
      let sum = 0;
      for (let r = 0; r < percents.length; r++) sum += percents[r][0];
      return floor(sum / percents.length);
    },
  },
  CAREER_ASSESSMENT: {
    args: (n) => [column(n, (i) => 1 + (i % 5))],
    // Tjenester 3: the ratings averaged, rounded down (rule 11); the metric is the floored mean.
    loop: (ratings) => {
      let sum = 0;
      for (let r = 0; r < ratings.length; r++) sum += ratings[r][0];
      return floor(sum / ratings.length);
    },
  },
  EMPLOYER_CONTACT_QUALITY: {
    args: (n) => [column(n, (i) => 2 + (i % 4))],
    // Tjenester 7 (box 7702–7706): «Legg sammen skårene, og del på antallet jobbspesialister. Rund ned».
    loop: (ratings) => {
      let sum = 0;
      for (let r = 0; r < ratings.length; r++) sum += ratings[r][0];
      return floor(sum / ratings.length);
    },
  },
  AGREEMENT: {
    // Two raters' scores, a blank (unscored) item now and then; the statistic with the most work: kappa.
    args: (n) => [
      column(n, (i) => 1 + (i % 5)),
      column(n, (i) => (i % 50 === 7 ? null : 1 + ((i + (i % 3 === 0 ? 1 : 0)) % 5))),
      'kappa',
    ],
    // Quadratic-weighted kappa over the pairs both raters scored, summed in the core's order.
    loop: (rater1, rater2) => {
      const counts = new Float64Array(25);
      const rowTotals = new Float64Array(5);
      const columnTotals = new Float64Array(5);
      let pairs = 0;
      for (let r = 0; r < rater1.length; r++) {
        const x = rater1[r][0];
        const y = rater2[r][0];
        if (x === null || y === null) continue;
        pairs++;
        counts[(x - 1) * 5 + y - 1]++;
        rowTotals[x - 1]++;
        columnTotals[y - 1]++;
      }
      let observed = 0;
      let expected = 0;
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          const weight = (i - j) * (i - j);
          observed += weight * counts[i * 5 + j];
          expected += (weight * rowTotals[i] * columnTotals[j]) / pairs;
        }
      }
      return 1 - observed / expected;
    },
    // AGREEMENT has no output argument: its statistic argument picks the number.
    ours: (spec, args) => spec.invoke(...args),
  },
  EMPLOYMENT_RATE: {
    // The list form: one yes/no per participant served.
    args: (n) => [column(n, (i) => (i % 5 < 2 ? 'ja' : 'nei'))],
    loop: (employed) => {
      let working = 0;
      for (let r = 0; r < employed.length; r++) if (yes(employed[r][0])) working++;
      return working / employed.length;
    },
  },
  SPECIALIST_INDICATORS: {
    args: (n) => [
      column(n, (i) => `JS${i}`),
      column(n, (i) => i % 6),
      column(n, (i) => 10 + (i % 15)),
      column(n, (i) => i % 11),
      'nb',
    ],
    // Per specialist: name, job starts, share employed and the supervisor's action (Organisasjon 5,
    // [000:4491–4505]), one row per specialist; names compared without case for duplicates.
    loop: (specialists, jobStarts, caseloads, employed) => {
      const rows = [];
      const seen = new Map();
      for (let r = 0; r < specialists.length; r++) {
        const name = specialists[r][0].trim().replace(/\s+/g, ' ');
        const key = name.toLocaleLowerCase('nb');
        if (seen.has(key)) throw new Error(`duplicate ${name}`);
        seen.set(key, r + 1);
        const starts = jobStarts[r][0];
        const served = caseloads[r][0];
        const working = employed[r][0];
        const status =
          (served > 0 && working * 100 < 40 * served) || starts < 3
            ? 'Månedlig feltveiledning'
            : served === 0
              ? 'Ingen i porteføljen'
              : working * 100 >= 45 * served
                ? 'Mål nådd: feltveiledning hvert kvartal'
                : 'Under 45 % i arbeid: følg med';
        rows.push([name, starts, served > 0 ? working / served : '', status]);
      }
      return rows;
    },
    // No output argument: the whole table is the result, compared cell by cell.
    ours: (spec, args) => spec.invoke(...args),
    key: (table) => JSON.stringify(table),
  },
};
