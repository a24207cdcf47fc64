import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../../src/core/functions/table';
import { INPUT_TABLES, tableSheetPlan } from '../../../src/core/inputs/tables';
import {
  WIRINGS,
  allItemFormulas,
  checkWiring,
  hasWiring,
  hostFunctionName,
  itemCall,
  itemFormula,
  itemWiring,
  wiredItemIds,
  wiringGaps,
  type Wiring,
} from '../../../src/core/inputs/wiring';
import { LANGUAGES } from '../../../src/core/text';

const HOSTS = ['excel', 'sheets'] as const;
const NATIVE = new Set([
  'IF',
  'COUNTIFS',
  'COUNTA',
  'SUMPRODUCT',
  'EDATE',
  'YEAR',
  'MONTH',
  'DAY',
  'ARRAYFORMULA',
  'NA',
  'N',
]);

/** Function names called in a formula, outside string literals. */
function calledFunctions(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
  return [...code.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]!);
}

function balanced(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  let depth = 0;
  for (const ch of code) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('wirings against the function table', () => {
  it('wire every computable table-fed item, each through an existing function', () => {
    expect(wiredItemIds().sort()).toEqual(
      [
        'staffing.caseload_size',
        'staffing.vocational_only',
        'staffing.all_phases',
        'org.team_integration',
        'services.rapid_job_search',
        'services.individualized_job_search',
        'services.employer_contacts',
        'services.job_diversity',
        'services.employer_diversity',
        'services.competitive_jobs',
        'services.community_based',
      ].sort(),
    );
    for (const wiring of WIRINGS) {
      expect(FUNCTIONS[wiring.fn], wiring.fn).toBeDefined();
      expect(() => checkWiring(wiring)).not.toThrow();
    }
  });

  it('name only parameters the functions have, and every required one', () => {
    for (const wiring of WIRINGS) {
      const names = FUNCTIONS[wiring.fn]!.parameters.map((p) => p.name);
      for (const name of Object.keys(wiring.args)) expect(names, `${wiring.fn}.${name}`).toContain(name);
      for (const parameter of FUNCTIONS[wiring.fn]!.parameters.filter((p) => !p.optional)) {
        expect(Object.keys(wiring.args), `${wiring.fn} needs ${parameter.name}`).toContain(parameter.name);
      }
    }
  });

  it('fail loudly on a parameter, column or option that does not exist', () => {
    const base = WIRINGS.find((w) => w.fn === 'JOB_DIVERSITY')!;
    const badParameter: Wiring = { ...base, args: { ...base.args, job_type: { k: 'col', column: 'jobType' } } };
    expect(() => checkWiring(badParameter)).toThrow(
      /parameter 'job_type' does not exist; the function's parameters are job_types, specialists, before_ips/,
    );
    const { job_types: _omit, ...rest } = base.args;
    expect(() => checkWiring({ ...base, args: rest })).toThrow(/required parameter 'job_types' is not wired/);
    expect(() => checkWiring({ ...base, args: { ...base.args, job_types: { k: 'col', column: 'jobKind' } } })).toThrow(
      /no column jobKind/,
    );
    expect(() =>
      checkWiring({
        ...base,
        args: { ...base.args, job_types: { k: 'label', table: 'staff', column: 'role', option: 'boss' } },
      }),
    ).toThrow(/no option boss/);
    expect(() => checkWiring({ ...base, fn: 'NO_SUCH_FUNCTION' })).toThrow(/no function NO_SUCH_FUNCTION/);
  });

  it('has nothing for judgement items', () => {
    expect(hasWiring('org.zero_exclusion')).toBe(false);
    expect(() => itemFormula('org.zero_exclusion', 'excel', 'nb')).toThrow(/no wiring/);
  });
});

describe('itemFormula', () => {
  it("uses IPS.NAME in Excel and IPS_NAME in Sheets, with the function table's name", () => {
    for (const itemId of wiredItemIds()) {
      const name = FUNCTIONS[itemWiring(itemId).fn]!.name;
      expect(itemCall(itemId, 'excel', 'nb').startsWith(`=IPS.${name}(`)).toBe(true);
      expect(itemCall(itemId, 'sheets', 'nb').startsWith(`=IPS_${name}(`)).toBe(true);
      expect(itemFormula(itemId, 'excel', 'nb')).toContain(`,${itemCall(itemId, 'excel', 'nb').slice(1)})`);
    }
    expect(hostFunctionName('CASELOAD', 'excel')).toBe('IPS.CASELOAD');
    expect(hostFunctionName('CASELOAD', 'sheets')).toBe('IPS_CASELOAD');
  });

  it('gives the caseload formula over the staff and caseload sheets', () => {
    expect(itemCall('staffing.caseload_size', 'excel', 'nb')).toBe(
      "=IPS.CASELOAD(IF('Ansatte'!$A$3:$A$2000=\"\",\"\",COUNTIFS('Porteføljer'!$A$3:$A$2000,'Ansatte'!$A$3:$A$2000," +
        '\'Porteføljer\'!$C$3:$C$2000,"<>henvist – ikke møtt",\'Porteføljer\'!$C$3:$C$2000,"<>avsluttet",\'Porteføljer\'!$D$3:$D$2000,"<>nei")),' +
        'IF(\'Ansatte\'!$A$3:$A$2000="","",IF(\'Ansatte\'!$C$3:$C$2000="",1,\'Ansatte\'!$C$3:$C$2000)),' +
        'IF(\'Ansatte\'!$A$3:$A$2000="","",\'Ansatte\'!$B$3:$B$2000="metodeveileder"),\'Evalueringsdata\'!$E$3)',
    );
    expect(itemCall('staffing.caseload_size', 'sheets', 'en')).toBe(
      "=IPS_CASELOAD(ARRAYFORMULA(IF('Staff'!$A$3:$A$2000=\"\",\"\",COUNTIFS('Caseloads'!$A$3:$A$2000,'Staff'!$A$3:$A$2000," +
        '\'Caseloads\'!$C$3:$C$2000,"<>referred – not yet met",\'Caseloads\'!$C$3:$C$2000,"<>closed",\'Caseloads\'!$D$3:$D$2000,"<>no"))),' +
        'ARRAYFORMULA(IF(\'Staff\'!$A$3:$A$2000="","",IF(\'Staff\'!$C$3:$C$2000="",1,\'Staff\'!$C$3:$C$2000))),' +
        'ARRAYFORMULA(IF(\'Staff\'!$A$3:$A$2000="","",\'Staff\'!$B$3:$B$2000="IPS supervisor")),\'Review data\'!$E$3)',
    );
  });

  it('passes plain columns as ranges and scalar settings as cells', () => {
    expect(itemCall('services.rapid_job_search', 'excel', 'en')).toMatch(
      /^=IPS\.DAYS_TO_EMPLOYER_CONTACT\(IF\(.*'Chart review'!\$B\$3:\$B\$2000\),.*,'Review data'!\$D\$3,'Review data'!\$A\$3\)$/,
    );
    expect(itemFormula('services.community_based', 'excel', 'nb')).toContain(
      "'Tid og faser'!$D$3:$D$2000/'Tid og faser'!$E$3:$E$2000",
    );
    expect(itemFormula('staffing.all_phases', 'excel', 'nb')).toContain("'Tid og faser'!$F$3:$K$2000");
    expect(itemCall('staffing.vocational_only', 'excel', 'nb')).toMatch(
      /^=IPS\.VOCATIONAL_TIME\('Tid og faser'!\$B\$3:\$B\$2000,"andel",/,
    );
    expect(itemFormula('staffing.vocational_only', 'excel', 'en')).toMatch(/,"fraction",/);
  });

  it('appends output and language when asked for the metric or the reason', () => {
    expect(itemCall('services.community_based', 'excel', 'en', { output: 'reason' })).toMatch(/,"reason","en"\)$/);
    expect(itemFormula('services.community_based', 'excel', 'en', { output: 'reason' })).toContain(',"reason","en"))');
    expect(itemFormula('services.community_based', 'excel', 'en', { output: 'score' })).not.toMatch(/"score"/);
  });

  it('writes well-formed, bounded formulas using only functions both hosts have', () => {
    for (const host of HOSTS) {
      for (const language of LANGUAGES) {
        const sheets = new Set(INPUT_TABLES.map((table) => tableSheetPlan(table, language).sheet));
        for (const [itemId, formula] of Object.entries(allItemFormulas(host, language))) {
          expect(balanced(formula), itemId).toBe(true);
          expect(formula.length, itemId).toBeLessThan(8192);
          for (const name of calledFunctions(formula)) {
            if (name.startsWith('IPS')) continue;
            expect(NATIVE.has(name), `${itemId}: ${name}`).toBe(true);
          }
          if (host === 'excel') expect(formula).not.toContain('ARRAYFORMULA');
          for (const [, sheet, first, last] of formula.matchAll(
            /'((?:[^']|'')+)'!\$[A-Z]+\$(\d+)(?::\$[A-Z]+\$(\d+))?/g,
          )) {
            expect(sheets.has(sheet!.replace(/''/g, "'")), `${itemId}: sheet ${sheet}`).toBe(true);
            expect(first).toBe('3');
            if (last !== undefined) expect(last).toBe('2000');
          }
        }
      }
    }
  });

  it('wraps every computed range in ARRAYFORMULA in Sheets', () => {
    const formula = itemCall('services.employer_contacts', 'sheets', 'nb');
    const args = formula.slice('=IPS_EMPLOYER_CONTACTS('.length, -1);
    // contacts, job_seekers, absent_weeks (blanked for the supervisor) and months_in_post are computed per row
    expect(args.match(/ARRAYFORMULA\(/g)).toHaveLength(4);
  });
});

describe('wiringGaps', () => {
  it('lists each exclusion applied by blanking rows because the function has no exclude parameter', () => {
    const gaps = wiringGaps().map((gap) => `${gap.fn}:${gap.exclusion}`);
    for (const gap of gaps) {
      const fn = gap.split(':')[0]!;
      expect(FUNCTIONS[fn]!.parameters.some((p) => p.name === 'exclude')).toBe(false);
    }
    // functions with an exclude parameter get their exclusions through it
    expect(gaps.some((gap) => gap.startsWith('CASELOAD:') || gap.startsWith('VOCATIONAL_TIME:'))).toBe(false);
    expect(gaps).toContain('ALL_PHASES:supervisor');
    expect(gaps).toContain('DAYS_TO_EMPLOYER_CONTACT:not_yet_searching');
  });
});
