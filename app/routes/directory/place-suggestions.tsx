import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { fieldHintId } from "../../ui/form-field";
import { TextInput } from "../../ui/text-input";

interface PlaceOption {
  name: string;
  detail: string;
}

/**
 * The place field. Without JavaScript it is a plain text field (a name,
 * alternative name or CBS code); with JavaScript the browser's own
 * suggestion list (`<datalist>`) is filled from /wegwijzer/plaatsen as you
 * type, so keyboard and screen-reader use stay the browser's.
 */
export function PlaceSuggestions({
  inputId,
  defaultValue,
  invalid,
}: {
  inputId: string;
  defaultValue: string;
  invalid: boolean;
}) {
  const fetcher = useFetcher<{ places: PlaceOption[] }>();
  const [enhanced, setEnhanced] = useState(false);
  const last = useRef("");
  // Progressive enhancement: the widget switches on only after hydration.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setEnhanced(true), []);
  const listId = `${inputId}-lijst`;
  return (
    <>
      <TextInput
        id={inputId}
        name="plaats"
        defaultValue={defaultValue}
        invalid={invalid}
        describedBy={fieldHintId(inputId)}
        autoComplete="off"
        list={enhanced ? listId : undefined}
        maxLength={100}
        onInput={(event) => {
          const value = event.currentTarget.value.trim();
          if (value.length < 2 || value === last.current) return;
          last.current = value;
          void fetcher.load(`/wegwijzer/plaatsen?q=${encodeURIComponent(value)}`);
        }}
      />
      {enhanced ? (
        <datalist id={listId}>
          {(fetcher.data?.places ?? []).map((place) => (
            <option key={`${place.name}-${place.detail}`} value={place.name}>
              {place.detail}
            </option>
          ))}
        </datalist>
      ) : null}
    </>
  );
}
