import rule from '../../../src/lint/rules/DL3062';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not take build flag values for modules
    { code: 'RUN go install -tags netgo -ldflags "-s -w" ./cmd/api\n', onbuild: true },
    { code: 'RUN go install -tags=netgo -o /out/x example.com/x@v1.0.0\n', onbuild: true },
    // go run: only the first word is a module, the rest belongs to the program
    { code: 'RUN go run example.com/gen@v0.3.0 -out file ./spec\n', onbuild: true },
    // ignores other go subcommands and the word install elsewhere
    { code: 'RUN go build -o install ./cmd\n', onbuild: true },
    { code: 'RUN go mod download\n', onbuild: true },
    // accepts `go run build.go` (a file of the context) and `go install tool`
    { code: 'FROM golang:1.24\nRUN go run build.go build\n', onbuild: true },
    { code: 'FROM golang:1.24\nRUN go install tool\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned module, one finding per RUN
    {
      code: 'RUN go install a.example/x@v1 b.example/y c.example/z@latest\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 42,
          messageKey: 'unpinned',
          data: { module: 'b.example/y', package: 'b.example/y', more: ' (+ c.example/z@latest)' },
        },
      ],
    },
    // go run: only the first word is a module, the rest belongs to the program
    {
      code: 'RUN go run -exec env example.com/gen@none\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 42,
          messageKey: 'unpinned',
          data: { module: 'example.com/gen', package: 'example.com/gen@none', more: '' },
        },
      ],
    },
    // accepts `go run build.go` (a file of the context) and `go install tool`
    {
      code: 'FROM golang:1.24\nRUN go run example.com/gen@latest\n',
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 34,
          messageKey: 'unpinned',
          data: { module: 'example.com/gen', package: 'example.com/gen@latest', more: '' },
        },
      ],
    },
  ],
});
