// Extra matchers for component tests (toBeInTheDocument, toHaveAccessibleName, …).
import '@testing-library/jest-dom';
