/** English text of the queue what-if panel and the capacity fields; merged into en.ts under `queue`. Keys match queue.vi.ts. */
export default {
  queue: {
    heading: 'What-if with officers and queues',
    explain: 'Dossiers arrive spread over working time; each step waits for a free officer of its role (first come, first served). {years} simulated years, seed {seed}; the first {warmUp} working days of each year are warm-up and not counted.',
    dossiersPerYear: 'Dossiers per year',
    fromFile: 'in the file: {value}',
    staffing: 'Staffing {name}',
    role: 'Role',
    officers: 'Officers ({name})',
    unlimited: 'Not limited',
    noRoles: 'No step sits in a lane (role) yet: put the steps into lanes.',
    invalid: 'Enter a whole number from 1 to {max}.',
    running: 'Simulating…',
    failed: 'The simulation failed: {detail}',
    problems: {
      noArrivals: 'The queue simulation needs dossiers per year.',
      warmUpTooLong: 'The warm-up is as long as the year.',
      tooManyDossiers: 'Too many dossiers to simulate in the browser.'
    },
    basis: '{name}: figures rest on {dossiers} dossiers that arrived over {days} working days.',
    figures: 'Results',
    mean: 'Mean cycle time',
    p90: '90% of dossiers done within',
    within: 'Share within the limit',
    open: 'Still open at the end of the year',
    withoutWaiting: 'Mean without waiting',
    bottleneck: 'Bottleneck ({name}): “{step}” — {role}, {days} working days of waiting per dossier on average.',
    noBottleneck: 'Staffing {name}: no step makes dossiers wait.',
    distribution: 'Cycle-time distribution — staffing {name}',
    utilisation: 'Officer utilisation by role',
    utilisationBar: '{role} — staffing {name}: {officers} officers, {share} used',
    waiting: 'Waiting by step (working days per dossier)',
    waitingBar: '{step} — staffing {name}: {days} working days of waiting per dossier',
    compareWith: 'Compare with another variant (same load, staffing A)',
    compareNone: 'No comparison',
    notLimited: 'not limited',
    profileInvalid: 'The monthly arrival profile could not be read (twelve numbers expected): arrivals are spread evenly.',
    fields: {
      role: 'Role (lane)',
      officers: 'Officers doing its steps',
      officersHint: 'Empty: not limited (no waiting).',
      hoursPerDay: 'Hours a day on these steps',
      hoursPerDayHint: 'Default 8 hours (the whole working day).',
      distribution: 'Time distribution (simulation)',
      distributions: { triangular: 'Triangular (fastest – usual – slowest)', fixed: 'Fixed', exponential: 'Exponential (time is the mean)', lognormal: 'Lognormal (time is the mean)' },
      arrivalProfile: 'Dossiers by month',
      arrivalProfileHint: 'Twelve numbers (January to December), e.g. 8 5 8 8 8 9 9 10 9 9 8 9; empty: even over the working days.'
    }
  }
};
