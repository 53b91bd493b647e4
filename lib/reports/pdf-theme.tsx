// Shared look of Steward's PDFs (gap report, dashboard): built-in Helvetica,
// so rendering needs no font download, and a footer with page numbers.
import { StyleSheet, Text, View } from "@react-pdf/renderer";

export const pdfStyles = StyleSheet.create({
  page: { padding: 40, paddingBottom: 56, fontSize: 10, fontFamily: "Helvetica", color: "#0f172a" },
  h1: { fontSize: 24, fontFamily: "Helvetica-Bold", marginBottom: 8, color: "#185a4a" },
  h2: { fontSize: 14, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  muted: { color: "#475569" },
  bold: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 4 },
  barTrack: { height: 8, backgroundColor: "#e2e8f0", flexGrow: 1, marginHorizontal: 6, marginTop: 2 },
  bar: { height: 8, backgroundColor: "#1f6f5c" },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: "#64748b" },
  score: { fontSize: 40, fontFamily: "Helvetica-Bold" },
});

export function PdfFooter({ label }: { label: string }) {
  return (
    <View style={pdfStyles.footer} fixed>
      <Text>{label}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/** A labelled horizontal bar for a 0-100 value. */
export function PdfBar({ label, value, display }: { label: string; value: number; display: string }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 3 }}>
      <Text style={{ width: 170 }}>{label}</Text>
      <View style={pdfStyles.barTrack}>
        <View style={{ ...pdfStyles.bar, width: `${Math.max(0, Math.min(100, value))}%` }} />
      </View>
      <Text style={{ width: 50, textAlign: "right" }}>{display}</Text>
    </View>
  );
}
