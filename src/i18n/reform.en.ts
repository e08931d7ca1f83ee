/** English text of the library's figures and reform dashboard; merged into en.ts. Keys match reform.vi.ts. */
export default {
  reform: {
    select: 'Select',
    dashboard: 'Reform dashboard',
    dashboardTitle: 'Totals of the review and simplification by field, agency and level',
    groupBy: 'Group by',
    groupBys: { field: 'Field', agency: 'Agency', level: 'Level' },
    unset: '(not set)',
    whole: 'Whole library',
    group: 'Group',
    procedures: 'Procedures',
    reviewed: 'With an option',
    optionsProposed: 'Options proposed',
    optionsApproved: 'Options approved',
    daysSaved: 'Working days saved (statutory limit)',
    costSaved: 'Compliance cost saved per year (VND)',
    documentsFromData: 'Documents now taken from data',
    visitsRemoved: 'In-person visits removed',
    met: 'Met',
    notMet: 'Not met',
    noData: 'Not enough figures',
    targetLine: '{label}: {rate} less — {status}; {meeting}/{measured} procedures meet it on their own',
    unverified: 'target as reported by the press, not confirmed from the text',
    chartTitle: 'Reduction of the statutory limit by {group} (mark: target {min})',
    chartCostTitle: 'Reduction of the compliance cost per year by {group} (mark: target {min})',
    barTitle: '{group}: {rate} less ({saved}/{before})',
    how: "How: for each procedure the current variant is compared with the approved option (if none, the proposed option that saves most days); days, cost, documents and visits are the sums of the differences; a group's rate = total saved / total before. Figures come from each variant's analysis (cost by Circular 02/2017/TT-VPCP, Art. 27; only where dossiers per year are known).",
    source: 'Source: {source}',
    // the targets' sources (compare/targets.ts); other targets show their own source text
    targetSources: {
      'nq66-time':
        'Resolution 66/NQ-CP (26/3/2025), as cited by Directive 012/CT-UBND Đắk Lắk (26/11/2025) and Decision 2843/QĐ-UBND Ho Chi Minh City (20/11/2025)',
      'nq66-cost':
        'Resolution 66/NQ-CP (26/3/2025) as reported by dantri.com.vn (16/2/2026); not confirmed from the text',
    },
    analysing: 'Analysing variants that have no figures yet…',
    columns: {
      variants: 'Variants',
      longestPath: 'Longest path',
      limit: 'Limit',
      costPerYear: 'Cost/year (VND)',
      best: 'Best option saves',
    },
    statusCount: { current: '{n} current', proposed: '{n} proposed', approved: '{n} approved' },
    days: '{n} days',
    none: '—',
    best: '{name}: −{days} days ({rate})',
    bestNoLimit: '{name}: no limit to compare',
    bestTitle:
      '{name} against the current variant: limit −{days} days, longest path −{path} days, cost/year −{cost} VND, {visits} fewer visits, {docs} more documents from data',
  },
};
