/** `MemberState` → `member_state`: the style of the engines' index and constraint names. */
export function snakeCase(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
