import { useEffect, useState } from 'react';
import { plannedHeight } from '../../embed/size';

/** The iframe's width is the page's: no scrollbar is ever shown, as the page is as tall as planned. */
const pageWidth = () => document.documentElement.clientWidth || window.innerWidth;

/** The embed's planned height for the width the host gives it, following resizes. */
export function usePlannedHeight(): number {
  const [width, setWidth] = useState(pageWidth);
  useEffect(() => {
    const on = () => setWidth(pageWidth());
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return plannedHeight(width);
}
