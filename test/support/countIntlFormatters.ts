/**
 * Counts the `Intl.DateTimeFormat` and `Intl.NumberFormat` objects made until `restore()` (the first
 * one a page makes loads ICU's locale data, which the library's first screen must not pay for).
 */
export function countIntlFormatters() {
  const { DateTimeFormat, NumberFormat } = Intl;
  const made = {
    dates: 0,
    numbers: 0,
    restore: () => Object.assign(Intl, { DateTimeFormat, NumberFormat }),
  };
  Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.dates++;
      return new target(...args);
    },
    apply(target, _this, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.dates++;
      return target(...args);
    },
  });
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made.numbers++;
      return new target(...args);
    },
    apply(target, _this, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made.numbers++;
      return target(...args);
    },
  });
  return made;
}
