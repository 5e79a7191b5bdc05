// The host page alone: the baseline every "added" figure subtracts.
export const blankVariant = {
  id: 'blank',
  label: 'Blank host page',
  trigger: null,
  probe: null,
};
