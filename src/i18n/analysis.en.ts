/** English text of the analysis panel and the side-panel tabs; merged into en.ts under `analysis`. Keys match analysis.vi.ts. */
export default {
  analysis: {
    tabs: { label: 'Side panel', properties: 'Properties', analysis: 'Analysis', warnings: '{count} warnings' },
    title: 'Procedure analysis',
    updating: 'Updating…',
    upToDate: 'Up to date with the diagram',
    noDiagram: 'No diagram to analyse yet.',
    failed: 'The diagram could not be analysed: {detail}',
    units: {
      workingDays: 'working days', workingHours: 'working hours', vnd: 'VND', vndPerHour: 'VND/h', day: 'days',
      hour: 'h', dossierPerYear: 'dossiers/year'
    },
    time: {
      heading: 'Processing time',
      criticalPath: 'Longest path',
      criticalPathHint: 'Every decision takes its longest branch; supplement and send-back loops count their expected repeats.',
      limit: 'Statutory time limit',
      noLimit: 'The procedure has no statutory time limit yet (deselect all to enter it in the Properties tab).',
      within: 'Within the limit',
      over: 'Over the limit',
      overBy: '{days} working days over',
      spare: '{days} working days to spare',
      unknown: 'Not checked',
      expected: 'Expected time (mean per dossier)',
      nominal: 'Step table total (no repeats)',
      startsFrom: 'Counted from: {text}',
      legalBases: 'Legal basis of the procedure',
      noLegalBasis: 'The procedure states no legal basis.',
      loops: 'Loop at “{name}”: goes back with share {share}, {repeats} extra passes on average'
    },
    figures: {
      heading: 'Key figures',
      steps: 'Steps',
      handoffs: 'Hand-offs between units',
      units: 'Units and roles involved',
      inPersonVisits: 'In-person visits by the applicant',
      expectedVisits: 'expected {count} per dossier',
      documentsFromApplicant: 'Documents the applicant supplies',
      documentsFromDatabases: 'Documents taken from databases',
      unnamedDatabase: '(database not named)',
      forms: 'Forms',
      fees: 'Fees, charges and other costs per dossier'
    },
    cost: {
      heading: 'Compliance cost',
      basis: 'Circular 02/2017/TT-VPCP Art. 27: cost of the required work + fees, charges and other costs; per year = per dossier × dossiers per year.',
      perDossier: 'Per dossier',
      perYear: 'Per year',
      noYear: 'Dossiers per year not given (enter it in the procedure facts).',
      breakdown: 'Calculation ({method})',
      item: 'Item',
      formula: 'Formula / source',
      value: 'Value',
      chart: 'Cost per dossier by component (VND)',
      workCost: 'Cost of the work',
      fee: 'Fees',
      charge: 'Charges',
      other: 'Other costs',
      stepCost: 'Applicant hours: {name}'
    },
    options: {
      heading: 'Cost options',
      method: 'Method',
      methods: {
        processingTime: 'Processing time (days × 8 h × income)',
        applicantHours: 'Applicant\'s own hours',
        activity: 'Applicant\'s activities (Circular 02/2017 Art.27)'
      },
      assumptions: 'Assumptions of the activity method',
      assumption: { estimate: 'estimate', file: 'from the procedure' },
      timeBasis: 'Days counted',
      timeBases: { criticalPath: 'Longest path', statutoryLimit: 'Statutory limit' },
      hourlyIncome: 'Average income (VND per hour)',
      incomeSource: 'Source of the income figure',
      userSource: 'Entered by the user',
      invalidIncome: 'Enter a non-negative number, e.g. 40,000.',
      reset: 'Use the defaults',
      remembered: 'These options are remembered on this computer.'
    },
    warnings: {
      heading: 'Warnings ({count})',
      none: 'No warnings.',
      select: 'Select on the diagram: {name}',
      severity: { error: 'Error', warning: 'Warning', hint: 'Hint', info: 'Note' }
    },
    roles: {
      heading: 'Time by role',
      basis: 'Sum of',
      bases: { critical: 'On the longest path', expected: 'Expected per dossier', stated: 'All stated step times' },
      noRole: '(no role)',
      empty: 'No step has a time yet.',
      chart: 'Time by role, working days',
      barTitle: '{role}: {value} working days — {steps} steps'
    },
    simulation: {
      heading: 'Simulation of many dossiers',
      explain: 'Each simulated dossier takes branches by the decision shares and step times within their fastest – slowest range. The same seed gives the same result.',
      runs: 'Simulated dossiers',
      seed: 'Random seed',
      run: 'Run simulation',
      running: 'Simulating…',
      invalidRuns: 'Enter a whole number from 1 to {max}.',
      result: '{runs} dossiers, seed {seed}',
      mean: 'Mean',
      median: 'Median',
      p90: '90% of dossiers done within',
      range: 'Fastest – slowest',
      stdDev: 'Standard deviation',
      within: 'Share within the limit',
      expectedCost: 'Expected cost per dossier',
      analytic: 'Expected by the analysis',
      capped: '{count} runs stopped a loop after 1,000 passes.',
      outdated: 'The diagram or the options changed after this simulation; run it again.',
      failed: 'The simulation failed: {detail}',
      histogram: 'Distribution of the processing time over {runs} simulated dossiers',
      bin: '{from} to {to} working days: {count} dossiers ({share})',
      limitMarker: 'Limit {days} days',
      axis: 'working days'
    }
  }
};
