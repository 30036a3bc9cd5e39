import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page reads the session or the database: nothing is prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Identity Console", template: "%s · Identity Console" },
  description: "Security administration and audit for Dynamics 365 Customer Engagement",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
