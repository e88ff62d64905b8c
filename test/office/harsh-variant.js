// Selects the Excel mock's "harsh" answers (test/office/variants.ts) for the excel-unknowns project.
process.env.EXCEL_MOCK_VARIANT = 'harsh';
