/** English texts of opening files from other tools (repairs and generated layout). */
export default {
  opening: {
    repaired: 'Opened “{file}” after {count} repair(s) needed to draw it; saving keeps them:',
    noted: 'Opened “{file}”; please note:',
    original: 'Download the original file (unrepaired)',
  },
};
