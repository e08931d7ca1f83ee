/** English text of the BIMP / Prosimos scenario (the QBP extension); merged into en.ts under `qbp`. Keys match qbp.vi.ts. */
export default {
  qbp: {
    heading: 'Scenario for BIMP / Prosimos',
    explain:
      'The exported file is this diagram with its simulation scenario in the format of BIMP, Simod and Prosimos: officers per lane, working hours, step times, branch shares and arriving dossiers.',
    export: 'Export scenario for BIMP/Prosimos',
    exportTitle: 'Download the diagram with its simulation scenario, to run it in BIMP, Simod or Prosimos',
    exported:
      'Exported {file}: {resources} resource(s) (officers per lane), {steps} step time(s), {flows} branch share(s).',
    exportFailed: 'The scenario could not be exported: {detail}',
    found: 'This file carries a BIMP simulation scenario:',
    resource: '{name}: {officers} officers',
    resourceHours: '{name}: {officers} officers, {hours} hours a day',
    unlimited: '{name}: {officers} officers (taken as not limited)',
    noLane: '{name}: {officers} officers (no lane of this name, not used)',
    arrivals: 'Arrivals: {perYear} dossiers a year (from the mean gap between arrivals)',
    noArrivals: 'Arrivals: not stated in the scenario',
    would:
      'Using it writes officers for {roles} role(s), {steps} step time(s) and {outcomes} branch share(s) into the diagram.',
    skipped:
      '{count} step time(s) cannot be taken (a distribution the studio does not draw, or numbers no time can have).',
    stated: "The diagram's lanes state officers: the simulation uses the diagram's figures.",
    notStated: 'No lane of the diagram states officers yet.',
    use: 'Use the BIMP scenario',
    useTitle: "Write the BIMP scenario's officers, times, branch shares and arrivals into the diagram (undoable)",
    applied:
      'BIMP scenario used: officers for {roles} role(s), {steps} step time(s), {outcomes} branch share(s){arrivals}. Undo (Ctrl+Z) takes it back.',
    appliedArrivals: ', {perYear} dossiers a year',
    nothing:
      'Nothing in the BIMP scenario matches this diagram (lane names, step and flow ids): the diagram is unchanged.',
  },
};
