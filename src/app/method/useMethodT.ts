import { useTranslation } from 'react-i18next';
import { METHOD_MESSAGES, type MethodMessages } from './messages';

type Leaf<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaf<T[K], `${P}${K}.`> }[keyof T & string];
export type MethodKey = Leaf<MethodMessages>;

/** i18next's t for the `method` namespace, which this module adds to the app's instance. */
export function useMethodT() {
  const { i18n } = useTranslation();
  for (const [lang, messages] of Object.entries(METHOD_MESSAGES)) {
    if (!i18n.hasResourceBundle(lang, 'method')) i18n.addResourceBundle(lang, 'method', messages);
  }
  return (key: MethodKey, options?: Record<string, string | number>): string => i18n.t(key as never, { ns: 'method', ...options }) as string;
}
